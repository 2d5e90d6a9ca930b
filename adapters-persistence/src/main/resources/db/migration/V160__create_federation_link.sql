-- A federation (organisation of kind FEDERATION) and one member association: INVITED → ACTIVE ⇄
-- SUSPENDED → ENDED. Belongs to both organisations, so to neither alone (OrganisationSchema lists it
-- as a platform table): deleting either organisation deletes the link (ON DELETE CASCADE) and, through
-- it, its consent history and snapshots. consent_changes counts its sharing_consent rows (each
-- change moves the link's version). live_pair makes at most one link not ended per pair.
CREATE TABLE federation_link (
    id               CHAR(36)     CHARACTER SET ascii NOT NULL,
    federation_id    CHAR(36)     CHARACTER SET ascii NOT NULL,
    association_id   CHAR(36)     CHARACTER SET ascii NOT NULL,
    status           VARCHAR(10)  NOT NULL,
    region           VARCHAR(6)   NULL,
    sector           VARCHAR(30)  NULL,
    invited_at       TIMESTAMP(6) NOT NULL,
    accepted_at      TIMESTAMP(6) NULL,
    ended_at         TIMESTAMP(6) NULL,
    ended_side       VARCHAR(10)  NULL,
    consent_changes  INT          NOT NULL,
    version          BIGINT       NOT NULL,
    live_pair        CHAR(73)     CHARACTER SET ascii AS (CASE WHEN status <> 'ENDED' THEN CONCAT(federation_id, '/', association_id) END) PERSISTENT,
    PRIMARY KEY (id),
    UNIQUE KEY uk_federation_link_live_pair (live_pair),
    INDEX ix_federation_link_federation (federation_id, id),
    INDEX ix_federation_link_association (association_id, id),
    INDEX ix_federation_link_status (status, id),
    CONSTRAINT ck_federation_link_not_self CHECK (federation_id <> association_id),
    CONSTRAINT fk_federation_link_federation FOREIGN KEY (federation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_federation_link_association FOREIGN KEY (association_id) REFERENCES organisation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
