-- Training records, append-only: the application inserts them and never updates nor deletes them;
-- a correction is a row of training_record_void plus a new record. valid_until is fixed when the
-- record is written. A session writes one record per person present and module: the unique key
-- makes a second closing (or two at once) fail instead of writing the records twice.
CREATE TABLE training_record (
    id               CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    member_id        CHAR(36)      CHARACTER SET ascii NOT NULL,
    module_id        CHAR(36)      CHARACTER SET ascii NOT NULL,
    module_revision  INT           NOT NULL,
    completed_on     DATE          NOT NULL,
    method           VARCHAR(30)   CHARACTER SET ascii NOT NULL,
    evidence_kind    VARCHAR(30)   CHARACTER SET ascii NULL,
    evidence_reference VARCHAR(500) NULL,
    session_id       CHAR(36)      CHARACTER SET ascii NULL,
    valid_until      DATE          NULL,
    recorded_by      CHAR(36)      CHARACTER SET ascii NOT NULL,
    recorded_at      TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_training_record_tenant UNIQUE (organisation_id, id),
    CONSTRAINT uk_training_record_session UNIQUE (session_id, member_id, module_id),
    INDEX ix_training_record_member_module (organisation_id, member_id, module_id, completed_on),
    INDEX ix_training_record_module (organisation_id, module_id),
    CONSTRAINT fk_training_record_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_training_record_member FOREIGN KEY (organisation_id, member_id) REFERENCES membership (organisation_id, id),
    CONSTRAINT fk_training_record_module FOREIGN KEY (organisation_id, module_id) REFERENCES training_module (organisation_id, id),
    CONSTRAINT fk_training_record_session FOREIGN KEY (organisation_id, session_id) REFERENCES training_session (organisation_id, id),
    CONSTRAINT fk_training_record_recorded_by FOREIGN KEY (organisation_id, recorded_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
