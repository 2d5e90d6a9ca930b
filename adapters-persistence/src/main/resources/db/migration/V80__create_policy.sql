-- Usage policies: the stable name under which numbered versions (policy_version) follow one another.
-- template is the code of the starter template the policy was copied from; templates live in code,
-- not in a table, so it carries no foreign key.
CREATE TABLE policy (
    id               CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    purpose          VARCHAR(2000) NULL,
    template         VARCHAR(60)   NULL,
    created_by       CHAR(36)      CHARACTER SET ascii NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id),
    -- the target of composite foreign keys: versions can only belong to a policy of their own organisation;
    -- it also serves the keyset-paged list of an organisation's policies
    CONSTRAINT uk_policy_tenant UNIQUE (organisation_id, id),
    CONSTRAINT fk_policy_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_policy_created_by FOREIGN KEY (organisation_id, created_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
