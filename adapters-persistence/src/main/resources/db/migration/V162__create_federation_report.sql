-- A federation's finalised reports: its roll-up dashboard frozen as a JSON document (only what
-- disclosure control served: a hidden cell keeps its reason, no number) with the document's SHA-256.
-- Owned by the federation (organisation_id): exported and deleted with it.
CREATE TABLE federation_report (
    id               CHAR(36)     CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)     CHARACTER SET ascii NOT NULL,
    title            VARCHAR(200) NOT NULL,
    indicators       TEXT         NOT NULL,
    segmentation     VARCHAR(15)  NULL,
    finalised_at     TIMESTAMP(6) NOT NULL,
    document         MEDIUMTEXT   NOT NULL,
    sha256           CHAR(64)     CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_federation_report_organisation (organisation_id, id),
    CONSTRAINT fk_federation_report_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who fed each indicator of a report, kept only to mark the report when one of them withdraws later
-- (revokes that indicator, ends its link); never served. A platform table (OrganisationSchema): it
-- names members, so it is not exported with the federation; a deleted member leaves a row whose
-- association_id is NULL, which marks the report too, and no trace of its id.
CREATE TABLE federation_report_contributor (
    report_id        CHAR(36)     CHARACTER SET ascii NOT NULL,
    sequence_number  INT          NOT NULL,
    association_id   CHAR(36)     CHARACTER SET ascii NULL,
    indicator_code   VARCHAR(60)  NOT NULL,
    PRIMARY KEY (report_id, sequence_number),
    INDEX ix_federation_report_contributor_association (association_id),
    CONSTRAINT fk_federation_report_contributor_report FOREIGN KEY (report_id) REFERENCES federation_report (id) ON DELETE CASCADE,
    CONSTRAINT fk_federation_report_contributor_association FOREIGN KEY (association_id) REFERENCES organisation (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
