-- The containment steps ticked on an incident (the checklist itself is reference data of the domain,
-- per incident type): one row per step code, who ticked it and when; part of the incident
-- aggregate, under its version.
CREATE TABLE incident_checklist_tick (
    incident_id      CHAR(36)      CHARACTER SET ascii NOT NULL,
    step_code        VARCHAR(40)   CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    ticked_by        CHAR(36)      CHARACTER SET ascii NOT NULL,
    ticked_at        TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (incident_id, step_code),
    CONSTRAINT fk_incident_checklist_tick_incident FOREIGN KEY (organisation_id, incident_id) REFERENCES incident (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_incident_checklist_tick_by FOREIGN KEY (organisation_id, ticked_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
