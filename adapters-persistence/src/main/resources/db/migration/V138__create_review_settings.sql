-- An organisation's review cycle when it chose one; without a row, the defaults from its size (issue 14).
CREATE TABLE review_settings (
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    cadence          VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    lead_time_days   INT           NOT NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (organisation_id),
    CONSTRAINT ck_review_settings_lead_time CHECK (lead_time_days BETWEEN 0 AND 90),
    CONSTRAINT fk_review_settings_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
