-- Every state a literacy requirement had, append-only: one row when it is created, one at each revision of
-- its terms, one when it is retired (same revision, status RETIRED). The evidence dossier as of a date reads
-- the row in force at the end of that day, so a later revision or retirement never changes it.
-- Columns as in literacy_requirement (V140). Requirements written before this table get their current state,
-- dated from their last revision.
CREATE TABLE literacy_requirement_revision (
    requirement_id           CHAR(36)      CHARACTER SET ascii NOT NULL,
    revision                 INT           NOT NULL,
    status                   VARCHAR(20)   CHARACTER SET ascii NOT NULL,
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
    written_at               TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (requirement_id, revision, status),
    KEY ix_literacy_requirement_revision_org (organisation_id, written_at),
    CONSTRAINT fk_literacy_requirement_revision_requirement FOREIGN KEY (organisation_id, requirement_id) REFERENCES literacy_requirement (organisation_id, id),
    CONSTRAINT fk_literacy_requirement_revision_owner FOREIGN KEY (organisation_id, owner_id) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO literacy_requirement_revision (requirement_id, revision, status, organisation_id, title, person_types, roles,
        teams, tool_ids, tool_categories, use_case_ids, data_category_at_least, module_ids, trigger_kind, due_within_days,
        refresh_months, level, rationale, owner_id, written_at)
SELECT id, revision, 'ACTIVE', organisation_id, title, person_types, roles, teams, tool_ids, tool_categories, use_case_ids,
        data_category_at_least, module_ids, trigger_kind, due_within_days, refresh_months, level, rationale, owner_id, revised_at
FROM literacy_requirement;

-- A requirement retired before this table: retired at the latest when the table was made.
INSERT INTO literacy_requirement_revision (requirement_id, revision, status, organisation_id, title, person_types, roles,
        teams, tool_ids, tool_categories, use_case_ids, data_category_at_least, module_ids, trigger_kind, due_within_days,
        refresh_months, level, rationale, owner_id, written_at)
SELECT id, revision, status, organisation_id, title, person_types, roles, teams, tool_ids, tool_categories, use_case_ids,
        data_category_at_least, module_ids, trigger_kind, due_within_days, refresh_months, level, rationale, owner_id,
        CURRENT_TIMESTAMP(6)
FROM literacy_requirement WHERE status = 'RETIRED';
