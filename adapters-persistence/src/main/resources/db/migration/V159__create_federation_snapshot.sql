-- The members' indicator snapshots, the only member data a federation reads: one row per link,
-- period (the first day of a month) and consented indicator, with the member's segments at the time.
-- A revoked consent deletes the indicator's rows of the link, an ended link all of its rows.
CREATE TABLE federation_snapshot (
    link_id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    period           DATE         NOT NULL,
    indicator_code   VARCHAR(60)  NOT NULL,
    federation_id    CHAR(36)     CHARACTER SET ascii NOT NULL,
    association_id   CHAR(36)     CHARACTER SET ascii NOT NULL,
    value            BIGINT       NOT NULL,
    size_class       VARCHAR(15)  NOT NULL,
    region           VARCHAR(6)   NULL,
    sector           VARCHAR(30)  NULL,
    taken_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (link_id, period, indicator_code),
    INDEX ix_federation_snapshot_federation (federation_id, indicator_code, period),
    INDEX ix_federation_snapshot_period (period, link_id),
    CONSTRAINT fk_federation_snapshot_link FOREIGN KEY (link_id) REFERENCES federation_link (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
