CREATE TABLE membership (
    id               CHAR(36)     CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)     CHARACTER SET ascii NOT NULL,
    subject          VARCHAR(255) NULL,
    email            VARCHAR(254) NULL,
    display_name     VARCHAR(200) NOT NULL,
    person_type      VARCHAR(20)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    -- the target of composite foreign keys: a tenant row can only point inside its own organisation
    CONSTRAINT uk_membership_tenant UNIQUE (organisation_id, id),
    CONSTRAINT uk_membership_subject UNIQUE (organisation_id, subject),
    INDEX ix_membership_subject (subject),
    INDEX ix_membership_email (email),
    CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
