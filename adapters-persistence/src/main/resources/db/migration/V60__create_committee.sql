-- The organisation's AI governance committee: one row per organisation, holding its charter.
CREATE TABLE committee (
    organisation_id             CHAR(36)      CHARACTER SET ascii NOT NULL,
    mission_statement           VARCHAR(2000) NULL,
    meeting_frequency           VARCHAR(20)   NOT NULL,
    written_procedure_allowed   BOOLEAN       NOT NULL,
    quorum_rule                 VARCHAR(20)   NOT NULL,
    min_voting_members          INT           NOT NULL,
    max_voting_members          INT           NOT NULL,
    version                     BIGINT        NOT NULL,
    PRIMARY KEY (organisation_id),
    CONSTRAINT ck_committee_size CHECK (min_voting_members BETWEEN 1 AND 9 AND max_voting_members BETWEEN min_voting_members AND 9),
    CONSTRAINT fk_committee_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
