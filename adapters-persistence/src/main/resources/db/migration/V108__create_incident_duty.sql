-- The duties of an incident, keyed by their code; part of the incident aggregate, under its version.
-- Indexed by due time for the due items (pending duties of several organisations, soonest first).
CREATE TABLE incident_duty (
    incident_id          CHAR(36)      CHARACTER SET ascii NOT NULL,
    code                 VARCHAR(40)   NOT NULL,
    organisation_id      CHAR(36)      CHARACTER SET ascii NOT NULL,
    reason               VARCHAR(60)   NOT NULL,
    authority            VARCHAR(200)  NULL,
    due_at               TIMESTAMP(6)  NULL,
    state                VARCHAR(20)   NOT NULL,
    settled_at           TIMESTAMP(6)  NULL,
    settled_by           CHAR(36)      CHARACTER SET ascii NULL,
    reference            VARCHAR(200)  NULL,
    not_required_reason  VARCHAR(2000) NULL,
    PRIMARY KEY (incident_id, code),
    INDEX ix_incident_duty_due (organisation_id, state, due_at),
    CONSTRAINT fk_incident_duty_incident FOREIGN KEY (organisation_id, incident_id) REFERENCES incident (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_incident_duty_settled_by FOREIGN KEY (organisation_id, settled_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
