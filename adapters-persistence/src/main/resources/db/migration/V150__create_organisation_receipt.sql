-- What the platform keeps of a deleted organisation (issue 19): a platform-level row, read by the
-- platform admin only. Its column is closed_organisation, not organisation_id: nothing here belongs to
-- an organisation any more, and the scan of every organisation_id column finds the deleted one nowhere.
CREATE TABLE organisation_receipt (
    closed_organisation  CHAR(36)      CHARACTER SET ascii NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    closed_on            TIMESTAMP(6)  NOT NULL,
    deleted_on           TIMESTAMP(6)  NOT NULL,
    row_counts           TEXT          NOT NULL,
    last_export_sha256   CHAR(64)      CHARACTER SET ascii NULL,
    PRIMARY KEY (closed_organisation)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
