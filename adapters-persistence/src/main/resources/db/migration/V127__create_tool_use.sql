-- Who uses which AI tool of the inventory: the denominator of AI literacy coverage and the source of the
-- exposure gap. One row per person and tool; a tool deleted (declared by mistake) takes its uses with it.
CREATE TABLE tool_use (
    id               CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    member_id        CHAR(36)      CHARACTER SET ascii NOT NULL,
    tool_id          CHAR(36)      CHARACTER SET ascii NOT NULL,
    source           VARCHAR(30)   CHARACTER SET ascii NOT NULL,
    recorded_by      CHAR(36)      CHARACTER SET ascii NOT NULL,
    recorded_at      TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_tool_use_person_tool UNIQUE (organisation_id, member_id, tool_id),
    INDEX ix_tool_use_tool (organisation_id, tool_id),
    CONSTRAINT fk_tool_use_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_tool_use_member FOREIGN KEY (organisation_id, member_id) REFERENCES membership (organisation_id, id),
    CONSTRAINT fk_tool_use_tool FOREIGN KEY (organisation_id, tool_id) REFERENCES ai_tool (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_tool_use_recorded_by FOREIGN KEY (organisation_id, recorded_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
