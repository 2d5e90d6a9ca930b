CREATE TABLE ai_tool_team (
    tool_id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    position         INT          NOT NULL,
    team             VARCHAR(100) NOT NULL,
    PRIMARY KEY (tool_id, position),
    CONSTRAINT fk_ai_tool_team_tool FOREIGN KEY (tool_id) REFERENCES ai_tool (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
