-- Idempotency-Keys of POST requests (API.md): the first request sent under a key and, once it was
-- answered, its response, replayed to any retry with the same key. A key belongs to the caller (the
-- token's subject), not to an organisation: the row is keyed by (subject, idempotency_key) and
-- carries no organisation_id; only the same subject ever reads it back. Kept 24 hours
-- (expires_at), then deleted a few rows at a time by the next reservations (ix_idempotency_record_expires).
-- response_status is NULL while the first request runs. Keys and the body hash compare byte for
-- byte (ascii_bin); the subject too (utf8mb4_bin: OIDC subjects are case-sensitive).
CREATE TABLE idempotency_record (
    subject            VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    idempotency_key    VARCHAR(200)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    request_method     VARCHAR(10)   CHARACTER SET ascii NOT NULL,
    request_path       VARCHAR(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    request_sha256     CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    reserved_at        TIMESTAMP(6)  NOT NULL,
    expires_at         TIMESTAMP(6)  NOT NULL,
    response_status    SMALLINT      NULL,
    response_type      VARCHAR(200)  CHARACTER SET ascii NULL,
    response_location  VARCHAR(2000) CHARACTER SET utf8mb4 NULL,
    response_etag      VARCHAR(200)  CHARACTER SET utf8mb4 NULL,
    -- the JSON of a created resource or of a problem; MEDIUMTEXT as a list or import report may pass 64 KiB
    response_body      MEDIUMTEXT    CHARACTER SET utf8mb4 NULL,
    PRIMARY KEY (subject, idempotency_key),
    -- the purge of expired rows
    INDEX ix_idempotency_record_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
