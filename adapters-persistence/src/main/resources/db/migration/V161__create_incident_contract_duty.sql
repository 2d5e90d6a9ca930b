-- Contractual notification duties to funders and insurers (issue 14). incident_contract_rule: the
-- organisation's rules (notify the counterparty within N hours of detection of every incident of at
-- least a severity, personal data only if flagged). incident_contract_duty: the contractual duties
-- settled on an incident (pending ones are computed from the rules), keyed by incident and rule, with
-- the counterparty, reason and due time as they were, so that a deleted rule leaves its history.
CREATE TABLE incident_contract_rule (
    id                   CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id      CHAR(36)      CHARACTER SET ascii NOT NULL,
    counterparty         VARCHAR(200)  NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    notify_within_hours  INT           NOT NULL,
    minimum_severity     VARCHAR(20)   NOT NULL,
    personal_data_only   BOOLEAN       NOT NULL,
    note                 VARCHAR(200)  NULL,
    created_at           TIMESTAMP(6)  NOT NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_incident_contract_rule_org (organisation_id, counterparty),
    CONSTRAINT fk_incident_contract_rule_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE incident_contract_duty (
    incident_id          CHAR(36)      CHARACTER SET ascii NOT NULL,
    rule_id              CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id      CHAR(36)      CHARACTER SET ascii NOT NULL,
    counterparty         VARCHAR(200)  NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    reason               VARCHAR(600)  NOT NULL,
    due_at               TIMESTAMP(6)  NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    settled_at           TIMESTAMP(6)  NOT NULL,
    settled_by           CHAR(36)      CHARACTER SET ascii NOT NULL,
    reference            VARCHAR(200)  NULL,
    not_required_reason  VARCHAR(2000) NULL,
    PRIMARY KEY (incident_id, rule_id),
    INDEX ix_incident_contract_duty_org (organisation_id, incident_id),
    CONSTRAINT fk_incident_contract_duty_incident FOREIGN KEY (organisation_id, incident_id) REFERENCES incident (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_incident_contract_duty_settled_by FOREIGN KEY (organisation_id, settled_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
