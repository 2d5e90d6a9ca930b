-- Tools a risk concerns. Deleting a tool (one declared by mistake) removes its links: ON DELETE CASCADE.
CREATE TABLE risk_tool (
    organisation_id  CHAR(36)     CHARACTER SET ascii NOT NULL,
    risk_id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    tool_id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (risk_id, tool_id),
    INDEX ix_risk_tool_tool (organisation_id, tool_id),
    CONSTRAINT fk_risk_tool_risk FOREIGN KEY (organisation_id, risk_id) REFERENCES risk (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_risk_tool_tool FOREIGN KEY (organisation_id, tool_id) REFERENCES ai_tool (organisation_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
