-- The daily snapshots of the dashboard indicators: one row per organisation, day and indicator code
-- (IndicatorCatalogue). The primary key makes a snapshot written twice on one day (two instances,
-- or a snapshot on demand after the job) replace its rows instead of adding to them.
CREATE TABLE dashboard_snapshot (
    organisation_id  CHAR(36)     CHARACTER SET ascii NOT NULL,
    day              DATE         NOT NULL,
    indicator_code   VARCHAR(60)  CHARACTER SET ascii NOT NULL,
    value            BIGINT       NOT NULL,
    PRIMARY KEY (organisation_id, day, indicator_code),
    CONSTRAINT fk_dashboard_snapshot_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
