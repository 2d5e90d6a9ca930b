-- The concerns an action addresses (JOBS, PRIVACY, ...): part of the action aggregate.
CREATE TABLE communication_action_concern (
    action_id  CHAR(36)    CHARACTER SET ascii NOT NULL,
    concern    VARCHAR(20) NOT NULL,
    PRIMARY KEY (action_id, concern),
    CONSTRAINT fk_communication_action_concern FOREIGN KEY (action_id) REFERENCES communication_action (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
