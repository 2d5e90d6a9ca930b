-- The tools a use case relies on, inside one organisation (composite keys). Deleting a tool
-- (a declaration made by mistake) removes it from the use cases that named it.
CREATE TABLE use_case_tool (
    use_case_id      CHAR(36)     CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)     CHARACTER SET ascii NOT NULL,
    tool_id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (use_case_id, tool_id),
    INDEX ix_use_case_tool_tool (organisation_id, tool_id),
    CONSTRAINT fk_use_case_tool_use_case FOREIGN KEY (organisation_id, use_case_id) REFERENCES use_case (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_use_case_tool_tool FOREIGN KEY (organisation_id, tool_id) REFERENCES ai_tool (organisation_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
