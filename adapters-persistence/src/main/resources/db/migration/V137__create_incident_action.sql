-- The actions of an incident's response plan, each with its owner (a member of the organisation)
-- and due date; OPEN until DONE or CANCELLED. Indexed for the due items: open actions of some
-- owners, or of one organisation, soonest first.
CREATE TABLE incident_action (
    id               CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    incident_id      CHAR(36)      CHARACTER SET ascii NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    owner_id         CHAR(36)      CHARACTER SET ascii NOT NULL,
    due_on           DATE          NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    note             VARCHAR(2000) NULL,
    created_by       CHAR(36)      CHARACTER SET ascii NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    settled_by       CHAR(36)      CHARACTER SET ascii NULL,
    settled_at       TIMESTAMP(6)  NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_incident_action_incident (organisation_id, incident_id, due_on),
    INDEX ix_incident_action_owner (owner_id, state, due_on),
    INDEX ix_incident_action_open (organisation_id, state, due_on),
    CONSTRAINT fk_incident_action_incident FOREIGN KEY (organisation_id, incident_id) REFERENCES incident (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_incident_action_owner FOREIGN KEY (organisation_id, owner_id) REFERENCES membership (organisation_id, id),
    CONSTRAINT fk_incident_action_created_by FOREIGN KEY (organisation_id, created_by) REFERENCES membership (organisation_id, id),
    CONSTRAINT fk_incident_action_settled_by FOREIGN KEY (organisation_id, settled_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
