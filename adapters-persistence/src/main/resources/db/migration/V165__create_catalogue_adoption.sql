-- Shared tool catalogue (issue 16, ADR 0028): a member's tool adopted from a federation's catalogue
-- entry, one row per tool, owned by the adopting organisation (organisation_id): exported and
-- deleted with it, and with its tool (cascade). entry_id and federation_id name the federation's
-- entry without a foreign key: the entry belongs to another organisation, whose deletion or export
-- must not reach the member's rows (an adoption whose entry is gone is shown as such).
-- data_categories: the member's own categories, comma-separated; findings: the local re-evaluation,
-- one "CODE:blocking:declared:ceiling" per finding, separated by ';'. revision_seen: the entry
-- revision last reviewed; a higher revision upstream makes a review due.
CREATE TABLE catalogue_adoption (
    tool_id           CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id   CHAR(36)      CHARACTER SET ascii NOT NULL,
    entry_id          CHAR(36)      CHARACTER SET ascii NOT NULL,
    federation_id     CHAR(36)      CHARACTER SET ascii NOT NULL,
    data_categories   VARCHAR(200)  NOT NULL,
    findings          VARCHAR(1000) NOT NULL,
    revision_seen     INT           NOT NULL,
    adopted_at        TIMESTAMP(6)  NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (tool_id),
    INDEX ix_catalogue_adoption_org (organisation_id, tool_id),
    INDEX ix_catalogue_adoption_entry (entry_id, revision_seen),
    INDEX ix_catalogue_adoption_federation (federation_id, entry_id),
    CONSTRAINT fk_catalogue_adoption_tool FOREIGN KEY (organisation_id, tool_id) REFERENCES ai_tool (organisation_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
