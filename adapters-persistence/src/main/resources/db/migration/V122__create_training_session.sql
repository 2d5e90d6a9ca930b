-- Training sessions: the day people follow modules together. closed_at is set once, when the
-- attendance is frozen and the records are written.
CREATE TABLE training_session (
    id               CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    date             DATE          NOT NULL,
    duration_minutes INT           NOT NULL,
    format           VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    language         CHAR(2)       CHARACTER SET ascii NOT NULL,
    trainer          VARCHAR(200)  NULL,
    place            VARCHAR(200)  NULL,
    capacity         INT           NULL,
    status           VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    planned_by       CHAR(36)      CHARACTER SET ascii NOT NULL,
    closed_at        TIMESTAMP(6)  NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_training_session_tenant UNIQUE (organisation_id, id),
    CONSTRAINT ck_training_session_duration CHECK (duration_minutes BETWEEN 1 AND 6000),
    CONSTRAINT ck_training_session_capacity CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 10000),
    CONSTRAINT fk_training_session_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_training_session_planned_by FOREIGN KEY (organisation_id, planned_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
