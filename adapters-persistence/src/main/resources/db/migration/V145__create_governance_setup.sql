-- How an organisation sizes its AI governance: the facts its profile is proposed from, the profile in force
-- and the reason when it is not the proposed one. One row per organisation; practices and roadmap steps
-- hang from it under its version.
CREATE TABLE governance_setup (
    organisation_id    CHAR(36)      CHARACTER SET ascii NOT NULL,
    staff              INT           NOT NULL,
    volunteers         INT           NOT NULL,
    beneficiary_facing BOOLEAN       NOT NULL,
    vulnerable_groups  BOOLEAN       NOT NULL,
    countries          INT           NOT NULL,
    federation         BOOLEAN       NOT NULL,
    chosen_profile     VARCHAR(30)   CHARACTER SET ascii NOT NULL,
    override_reason    VARCHAR(2000) NULL,
    version            BIGINT        NOT NULL,
    PRIMARY KEY (organisation_id),
    CONSTRAINT fk_governance_setup_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
