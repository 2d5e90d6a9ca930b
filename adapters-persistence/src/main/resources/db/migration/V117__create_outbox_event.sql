-- The transactional outbox (ADR 0014): one row per public event, written in the transaction of its
-- change; fanned_out once the dispatcher scheduled its deliveries. Kept for replays.
CREATE TABLE outbox_event (
    id               CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    type             VARCHAR(60)   CHARACTER SET ascii NOT NULL,
    version          INT           NOT NULL,
    occurred_at      TIMESTAMP(6)  NOT NULL,
    subject_type     VARCHAR(30)   CHARACTER SET ascii NOT NULL,
    subject_id       CHAR(36)      CHARACTER SET ascii NOT NULL,
    body             TEXT          NOT NULL,
    fanned_out       BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_outbox_event_to_fan_out (fanned_out, id),
    INDEX ix_outbox_event_tenant_time (organisation_id, occurred_at, id),
    INDEX ix_outbox_event_time (occurred_at),
    CONSTRAINT fk_outbox_event_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
