-- What an incident's timeline records beyond the incident's own state: status changes (code: the
-- status reached), severity overrides (code: the severity in force, text: the reason) and
-- observations written by handlers. Append-only. Indexed by incident for the timeline and by
-- organisation, kind and code for the metrics (time to contain, to close).
CREATE TABLE incident_note (
    id               CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    incident_id      CHAR(36)      CHARACTER SET ascii NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    noted_at         TIMESTAMP(6)  NOT NULL,
    by_member        CHAR(36)      CHARACTER SET ascii NOT NULL,
    code             VARCHAR(40)   NULL,
    detail           VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    INDEX ix_incident_note_incident (organisation_id, incident_id, noted_at),
    INDEX ix_incident_note_kind (organisation_id, kind, code, incident_id),
    CONSTRAINT fk_incident_note_incident FOREIGN KEY (organisation_id, incident_id) REFERENCES incident (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_incident_note_by FOREIGN KEY (organisation_id, by_member) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
