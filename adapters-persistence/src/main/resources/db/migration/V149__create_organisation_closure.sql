-- The closure of an organisation (issue 19): requested by an ADMIN, deleted after delete_after unless
-- cancelled before. claimed_by / claimed_until: the instance deleting it now, so that several instances
-- never delete the same organisation together and one that died lets go. row_counts: the rows per table
-- counted before the first deletion, for the receipt ("table:count" lines), and the SHA-256 of the
-- last export, read from the audit trail before it is deleted.
CREATE TABLE organisation_closure (
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    requested_at     TIMESTAMP(6)  NOT NULL,
    requested_by     VARCHAR(255)  NOT NULL,
    delete_after     TIMESTAMP(6)  NOT NULL,
    claimed_by       VARCHAR(100)  NULL,
    claimed_until    TIMESTAMP(6)  NULL,
    row_counts       TEXT          NULL,
    last_export_sha256 CHAR(64)    CHARACTER SET ascii NULL,
    PRIMARY KEY (organisation_id),
    INDEX ix_organisation_closure_due (delete_after),
    CONSTRAINT fk_organisation_closure_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
