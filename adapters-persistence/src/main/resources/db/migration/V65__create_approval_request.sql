CREATE TABLE approval_request (
    id               CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    subject_id       CHAR(36)      CHARACTER SET ascii NULL,
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(2000) NULL,
    status           VARCHAR(20)   NOT NULL,
    decision_id      CHAR(36)      CHARACTER SET ascii NULL,
    outcome          VARCHAR(30)   NULL,
    requested_by     CHAR(36)      CHARACTER SET ascii NOT NULL,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_approval_request_tenant UNIQUE (organisation_id, id),
    INDEX ix_approval_request_status (organisation_id, status),
    CONSTRAINT fk_approval_request_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_approval_request_requested_by FOREIGN KEY (organisation_id, requested_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
