-- The versions of an organisation's public AI transparency statement (issue 15). The content is a
-- JSON snapshot of the registers when the version was drawn, edited only while DRAFT and frozen
-- once published by a committee decision (published_by_decision). Numbers count per organisation.
CREATE TABLE ai_transparency_statement (
    id                     CHAR(36)     CHARACTER SET ascii NOT NULL,
    organisation_id        CHAR(36)     CHARACTER SET ascii NOT NULL,
    number                 INT          NOT NULL,
    status                 VARCHAR(20)  CHARACTER SET ascii NOT NULL,
    content                LONGTEXT     NOT NULL CHECK (JSON_VALID(content)),
    published_by_decision  CHAR(36)     CHARACTER SET ascii NULL,
    published_at           TIMESTAMP(6) NULL,
    superseded_at          TIMESTAMP(6) NULL,
    version                BIGINT       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_ai_transparency_statement_number (organisation_id, number),
    INDEX ix_ai_transparency_statement_status (organisation_id, status, number),
    CONSTRAINT fk_ai_transparency_statement_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
