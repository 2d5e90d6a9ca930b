-- One public event on its way to one endpoint; next_attempt_at is also the lease of the instance
-- whose claim token is in claim (FOR UPDATE SKIP LOCKED claims, ADR 0014).
CREATE TABLE webhook_delivery (
    id               CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    endpoint_id      CHAR(36)      CHARACTER SET ascii NOT NULL,
    event_id         CHAR(36)      CHARACTER SET ascii NOT NULL,
    event_type       VARCHAR(60)   CHARACTER SET ascii NOT NULL,
    state            VARCHAR(16)   CHARACTER SET ascii NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  TIMESTAMP(6)  NOT NULL,
    claim            CHAR(36)      CHARACTER SET ascii NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    last_status      INT           NULL,
    PRIMARY KEY (id),
    INDEX ix_webhook_delivery_due (state, next_attempt_at),
    INDEX ix_webhook_delivery_endpoint (organisation_id, endpoint_id, id),
    INDEX ix_webhook_delivery_created (created_at),
    CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (organisation_id, endpoint_id)
        REFERENCES webhook_endpoint (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_webhook_delivery_event FOREIGN KEY (event_id) REFERENCES outbox_event (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
