-- The delivery log: one row per attempt, with the status, duration, error and first kilobyte
-- of the answer.
CREATE TABLE webhook_attempt (
    id               CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    endpoint_id      CHAR(36)      CHARACTER SET ascii NOT NULL,
    delivery_id      CHAR(36)      CHARACTER SET ascii NOT NULL,
    event_id         CHAR(36)      CHARACTER SET ascii NOT NULL,
    event_type       VARCHAR(60)   CHARACTER SET ascii NOT NULL,
    attempt          INT           NOT NULL,
    at               TIMESTAMP(6)  NOT NULL,
    status           INT           NULL,
    duration_millis  BIGINT        NOT NULL,
    error            VARCHAR(2000) NULL,
    response         VARCHAR(1024) NULL,
    PRIMARY KEY (id),
    INDEX ix_webhook_attempt_endpoint (organisation_id, endpoint_id, id),
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
