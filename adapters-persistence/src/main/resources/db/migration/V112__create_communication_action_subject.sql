-- The register entries an action speaks about (a tool, a use case, a policy version, a decision). No foreign key
-- to the subject: it may be of several tables, and the record of what was said outlives a deleted tool.
CREATE TABLE communication_action_subject (
    action_id     CHAR(36)    CHARACTER SET ascii NOT NULL,
    subject_kind  VARCHAR(20) NOT NULL,
    subject_id    CHAR(36)    CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (action_id, subject_kind, subject_id),
    INDEX ix_communication_action_subject (subject_id),
    CONSTRAINT fk_communication_action_subject FOREIGN KEY (action_id) REFERENCES communication_action (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
