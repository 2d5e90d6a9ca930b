-- Numbered versions of a policy: DRAFT, IN_REVIEW, PUBLISHED (by a committee decision), SUPERSEDED.
-- body holds up to 50 000 characters of Markdown: MEDIUMTEXT, since a TEXT (64 KiB) could not hold
-- them in utf8mb4. The rules are rows of usage_rule, under this row's version.
CREATE TABLE policy_version (
    id                CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id   CHAR(36)      CHARACTER SET ascii NOT NULL,
    policy_id         CHAR(36)      CHARACTER SET ascii NOT NULL,
    number            INT           NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    language          CHAR(2)       CHARACTER SET ascii NOT NULL,
    body              MEDIUMTEXT    NULL,
    summary           VARCHAR(4000) NULL,
    next_review_date  DATE          NULL,
    -- the number of the version this one was copied from (same policy)
    based_on          INT           NULL,
    -- the committee decision that published the version
    published_by      CHAR(36)      CHARACTER SET ascii NULL,
    published_at      TIMESTAMP(6)  NULL,
    superseded_at     TIMESTAMP(6)  NULL,
    created_by        CHAR(36)      CHARACTER SET ascii NOT NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    -- the target of composite foreign keys: rules and acknowledgements stay inside the version's organisation
    CONSTRAINT uk_policy_version_tenant UNIQUE (organisation_id, id),
    -- two drafts created at once get the same next number: the second one fails here (policy-draft-exists);
    -- it also serves a policy's versions, newest first
    CONSTRAINT uk_policy_version_number UNIQUE (policy_id, number),
    -- the versions in force of an organisation, read on every policy check
    INDEX ix_policy_version_status (organisation_id, status),
    CONSTRAINT ck_policy_version_number CHECK (number >= 1 AND (based_on IS NULL OR based_on BETWEEN 1 AND number - 1)),
    -- only a committee decision publishes: a version in force, or once in force, names it
    CONSTRAINT ck_policy_version_published CHECK (status NOT IN ('PUBLISHED', 'SUPERSEDED') OR (published_by IS NOT NULL AND published_at IS NOT NULL)),
    CONSTRAINT ck_policy_version_superseded CHECK (status <> 'SUPERSEDED' OR superseded_at IS NOT NULL),
    CONSTRAINT fk_policy_version_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_policy_version_policy FOREIGN KEY (organisation_id, policy_id) REFERENCES policy (organisation_id, id),
    CONSTRAINT fk_policy_version_published_by FOREIGN KEY (organisation_id, published_by) REFERENCES decision (organisation_id, id),
    CONSTRAINT fk_policy_version_created_by FOREIGN KEY (organisation_id, created_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
