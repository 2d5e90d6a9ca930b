-- Webhook endpoints of an organisation (Standard Webhooks 1.0); event_types space-separated, empty
-- for all; the secrets are kept as they are since HMAC signing needs the key.
CREATE TABLE webhook_endpoint (
    id                     CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id        CHAR(36)      CHARACTER SET ascii NOT NULL,
    url                    VARCHAR(2000) NOT NULL,
    description            VARCHAR(2000) NOT NULL,
    event_types            VARCHAR(6000) CHARACTER SET ascii NOT NULL,
    status                 VARCHAR(16)   CHARACTER SET ascii NOT NULL,
    secret                 VARCHAR(120)  CHARACTER SET ascii NOT NULL,
    previous_secret        VARCHAR(120)  CHARACTER SET ascii NULL,
    previous_secret_until  TIMESTAMP(6)  NULL,
    failing_since          TIMESTAMP(6)  NULL,
    disabled_reason        VARCHAR(30)   CHARACTER SET ascii NULL,
    created_at             TIMESTAMP(6)  NOT NULL,
    version                BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_webhook_endpoint_tenant (organisation_id, id),
    INDEX ix_webhook_endpoint_disabled (status, disabled_reason),
    CONSTRAINT fk_webhook_endpoint_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
