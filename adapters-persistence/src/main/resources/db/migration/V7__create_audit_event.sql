CREATE TABLE audit_event (
    id               CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    occurred_at      TIMESTAMP(6)  NOT NULL,
    actor_subject    VARCHAR(255)  NOT NULL,
    actor_name       VARCHAR(2000) NOT NULL,
    action           VARCHAR(60)   NOT NULL,
    subject_type     VARCHAR(30)   NOT NULL,
    subject_id       CHAR(36)      CHARACTER SET ascii NOT NULL,
    summary          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_event_tenant (organisation_id, id),
    CONSTRAINT fk_audit_event_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
