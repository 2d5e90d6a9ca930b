-- Each person's calendar-feed token, as its SHA-256 digest (hex): the feed's secret address is never stored in clear.
CREATE TABLE calendar_token (
    subject       VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    token_sha256  CHAR(64)     CHARACTER SET ascii NOT NULL,
    issued_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (subject),
    CONSTRAINT uk_calendar_token_digest UNIQUE (token_sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
