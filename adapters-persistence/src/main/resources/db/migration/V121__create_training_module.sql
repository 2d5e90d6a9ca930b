-- Training modules (AI literacy, art. 4 AI Act). topics, formats, languages and tool_categories hold
-- small closed sets of codes joined by commas (read and written whole with the module, never queried
-- by SQL); objectives one per line. outline holds up to 50 000 characters: MEDIUMTEXT.
-- catalogue_entry names the starter-catalogue entry it was copied from: the catalogue lives in code.
CREATE TABLE training_module (
    id                           CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id              CHAR(36)      CHARACTER SET ascii NOT NULL,
    code                         VARCHAR(30)   CHARACTER SET ascii NOT NULL,
    title                        VARCHAR(200)  NOT NULL,
    summary                      VARCHAR(2000) NOT NULL,
    easy_summary                 VARCHAR(2000) NULL,
    topics                       VARCHAR(300)  CHARACTER SET ascii NOT NULL,
    level                        VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    objectives                   TEXT          NULL,
    outline                      MEDIUMTEXT    NULL,
    duration_minutes             INT           NOT NULL,
    formats                      VARCHAR(200)  CHARACTER SET ascii NOT NULL,
    languages                    VARCHAR(40)   CHARACTER SET ascii NOT NULL,
    provider_kind                VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    provider_name                VARCHAR(200)  NULL,
    provider_link                VARCHAR(500)  NULL,
    validity_months              INT           NULL,
    policy_id                    CHAR(36)      CHARACTER SET ascii NULL,
    tool_categories              VARCHAR(200)  CHARACTER SET ascii NOT NULL,
    new_version_requires_refresh BOOLEAN       NOT NULL,
    status                       VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    revision                     INT           NOT NULL,
    refresh_from_revision        INT           NOT NULL,
    catalogue_entry              VARCHAR(60)   CHARACTER SET ascii NULL,
    created_by                   CHAR(36)      CHARACTER SET ascii NOT NULL,
    created_at                   TIMESTAMP(6)  NOT NULL,
    version                      BIGINT        NOT NULL,
    PRIMARY KEY (id),
    -- the target of composite foreign keys: sessions and records only name modules of their own organisation
    CONSTRAINT uk_training_module_tenant UNIQUE (organisation_id, id),
    CONSTRAINT uk_training_module_code UNIQUE (organisation_id, code),
    CONSTRAINT ck_training_module_duration CHECK (duration_minutes BETWEEN 1 AND 6000),
    CONSTRAINT ck_training_module_validity CHECK (validity_months IS NULL OR validity_months BETWEEN 1 AND 120),
    CONSTRAINT fk_training_module_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_training_module_policy FOREIGN KEY (organisation_id, policy_id) REFERENCES policy (organisation_id, id),
    CONSTRAINT fk_training_module_created_by FOREIGN KEY (organisation_id, created_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
