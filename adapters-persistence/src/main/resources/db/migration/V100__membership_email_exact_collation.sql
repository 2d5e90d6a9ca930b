-- E-mails compare exactly: utf8mb4_unicode_ci took ÉRIN@… and érin@… for erin@…, and let an
-- invitation open to the wrong account. The application stores the normalised form
-- (Emails.normalised: stripped, lower-cased with Locale.ROOT), so a binary comparison is exact.
ALTER TABLE membership MODIFY email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
