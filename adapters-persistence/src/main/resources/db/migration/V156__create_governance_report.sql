-- Reports for the board, the general assembly, funders and auditors (issue 15). A DRAFT keeps only
-- its settings and narrative and is drawn from the registers at each read; a FINAL keeps the content
-- drawn at finalisation as a JSON document (content) and its SHA-256 (content_sha256), so later
-- changes of the registers never change it. approved_by_decision: the committee decision, if any.
CREATE TABLE governance_report (
    id                    CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id       CHAR(36)      CHARACTER SET ascii NOT NULL,
    type                  VARCHAR(30)   CHARACTER SET ascii NOT NULL,
    period_from           DATE          NOT NULL,
    period_to             DATE          NOT NULL,
    language              VARCHAR(5)    CHARACTER SET ascii NOT NULL,
    sections              VARCHAR(500)  CHARACTER SET ascii NOT NULL,
    scope                 VARCHAR(2000) CHARACTER SET ascii NOT NULL,
    title                 VARCHAR(200)  NULL,
    chair_words           TEXT          NULL,
    summary               TEXT          NULL,
    status                VARCHAR(10)   CHARACTER SET ascii NOT NULL,
    content               LONGTEXT      NULL CHECK (content IS NULL OR JSON_VALID(content)),
    content_sha256        CHAR(64)      CHARACTER SET ascii NULL,
    approved_by_decision  CHAR(36)      CHARACTER SET ascii NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    finalised_at          TIMESTAMP(6)  NULL,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_governance_report_type (organisation_id, type, status, id),
    CONSTRAINT fk_governance_report_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
