-- Readiness self-assessment campaigns: the groups invited (codes, comma-separated), the framework edition
-- answered, whether anonymous; OPEN takes answers, CLOSED is kept as it was.
CREATE TABLE readiness_campaign (
    id                 CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id    CHAR(36)      CHARACTER SET ascii NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    framework_version  VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    respondent_groups  VARCHAR(100)  CHARACTER SET ascii NOT NULL,
    anonymous          BOOLEAN       NOT NULL,
    status             VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    opened_at          TIMESTAMP(6)  NOT NULL,
    closed_at          TIMESTAMP(6)  NULL,
    version            BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_readiness_campaign_org_id UNIQUE (organisation_id, id),
    INDEX ix_readiness_campaign_closed (organisation_id, status, closed_at),
    CONSTRAINT fk_readiness_campaign_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
