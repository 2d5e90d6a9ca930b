-- The mails sent: one row per person and notice ("digest:2026-W49", "urgent:<kind>:<subject id>:<due>"),
-- inserted (INSERT IGNORE) and committed before the mail leaves: of several API instances, the one whose
-- insert counts sends it. A failed sending deletes its row so that the next run tries again.
CREATE TABLE sent_notice (
    subject   VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    notice    VARCHAR(200) CHARACTER SET ascii NOT NULL,
    sent_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (subject, notice),
    INDEX ix_sent_notice_sent_at (sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
