-- A federation (organisation of kind FEDERATION) and one member association: INVITED → ACTIVE ⇄
-- SUSPENDED → ENDED. Belongs to both organisations, so to neither alone (OrganisationSchema lists it
-- as a platform table): deleting either organisation deletes the link (ON DELETE CASCADE) and, through
-- it, its consent history and snapshots. consent_changes counts its sharing_consent rows (each
-- change moves the link's version). At most one link not ended per pair: checked by the
-- service before an invitation (a generated-column unique key was refused by MariaDB: to do).
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
    PRIMARY KEY (id),
    INDEX ix_federation_link_pair (federation_id, association_id, status),
    INDEX ix_federation_link_federation (federation_id, id),
    INDEX ix_federation_link_association (association_id, id),
    INDEX ix_federation_link_status (status, id),
    CONSTRAINT ck_federation_link_not_self CHECK (federation_id <> association_id),
    CONSTRAINT fk_federation_link_federation FOREIGN KEY (federation_id) REFERENCES organisation (id) ON DELETE CASCADE,
    CONSTRAINT fk_federation_link_association FOREIGN KEY (association_id) REFERENCES organisation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
