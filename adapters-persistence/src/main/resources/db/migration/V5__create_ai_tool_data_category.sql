CREATE TABLE ai_tool_data_category (
    tool_id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    data_category    VARCHAR(30)  NOT NULL,
    PRIMARY KEY (tool_id, data_category),
    CONSTRAINT fk_ai_tool_data_category_tool FOREIGN KEY (tool_id) REFERENCES ai_tool (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
