-- Literacy requirements (art. 4 AI Act): who must follow which training modules, by when and why.
-- The audience's sets (person types, roles, tool categories: codes; tool, use-case and module ids:
-- UUIDs) are comma-separated columns, teams one per line: a requirement is read and written whole
-- and never queried by these columns. module_ids keeps the order the requirement gives.
CREATE TABLE literacy_requirement (
    id                       CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id          CHAR(36)      CHARACTER SET ascii NOT NULL,
    title                    VARCHAR(200)  NOT NULL,
    person_types             VARCHAR(100)  CHARACTER SET ascii NOT NULL,
    roles                    VARCHAR(100)  CHARACTER SET ascii NOT NULL,
    teams                    TEXT          NULL,
    tool_ids                 TEXT          CHARACTER SET ascii NULL,
    tool_categories          VARCHAR(200)  CHARACTER SET ascii NOT NULL,
    use_case_ids             TEXT          CHARACTER SET ascii NULL,
    data_category_at_least   VARCHAR(30)   CHARACTER SET ascii NULL,
    module_ids               VARCHAR(800)  CHARACTER SET ascii NOT NULL,
    trigger_kind             VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    due_within_days          INT           NOT NULL,
    refresh_months           INT           NULL,
    level                    VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    rationale                VARCHAR(2000) NOT NULL,
    owner_id                 CHAR(36)      CHARACTER SET ascii NOT NULL,
    status                   VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    revision                 INT           NOT NULL,
    created_by               CHAR(36)      CHARACTER SET ascii NOT NULL,
    created_at               TIMESTAMP(6)  NOT NULL,
    revised_at               TIMESTAMP(6)  NOT NULL,
    version                  BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_literacy_requirement_tenant UNIQUE (organisation_id, id),
    CONSTRAINT ck_literacy_requirement_due CHECK (due_within_days BETWEEN 0 AND 730),
    CONSTRAINT ck_literacy_requirement_refresh CHECK (refresh_months IS NULL OR refresh_months BETWEEN 1 AND 120),
    CONSTRAINT fk_literacy_requirement_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_literacy_requirement_owner FOREIGN KEY (organisation_id, owner_id) REFERENCES membership (organisation_id, id),
    CONSTRAINT fk_literacy_requirement_created_by FOREIGN KEY (organisation_id, created_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
