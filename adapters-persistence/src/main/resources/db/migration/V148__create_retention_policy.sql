-- How long one organisation keeps each type of record (months; NULL = the rule's default, see
-- RetentionRule), and when its last retention purge was claimed: of several instances, the one whose
-- UPDATE moved purged_at purges the organisation (docs/operations.md, "Retention").
CREATE TABLE retention_policy (
    organisation_id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    audit_events_months      INT          NULL,
    training_records_months  INT          NULL,
    closed_incidents_months  INT          NULL,
    settled_feedback_months  INT          NULL,
    purged_at                TIMESTAMP(6) NULL,
    version                  BIGINT       NOT NULL,
    PRIMARY KEY (organisation_id),
    INDEX ix_retention_policy_purged (purged_at),
    CONSTRAINT fk_retention_policy_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
