-- The modules a session covers: modules of the same organisation. Part of the session aggregate.
CREATE TABLE training_session_module (
    organisation_id  CHAR(36)     CHARACTER SET ascii NOT NULL,
    session_id       CHAR(36)     CHARACTER SET ascii NOT NULL,
    module_id        CHAR(36)     CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (session_id, module_id),
    CONSTRAINT fk_training_session_module_session FOREIGN KEY (organisation_id, session_id) REFERENCES training_session (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_training_session_module_module FOREIGN KEY (organisation_id, module_id) REFERENCES training_module (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
