-- Each person's choice of e-mails (a person is an identity-provider subject, across organisations).
-- unsubscribe_token is random, put in the links of every mail: one click stops them without signing in.
CREATE TABLE notification_preference (
    subject              VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    digest               VARCHAR(10)  NOT NULL,
    language             CHAR(2)      CHARACTER SET ascii NOT NULL,
    immediate_reminders  BOOLEAN      NOT NULL,
    unsubscribe_token    CHAR(43)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version              BIGINT       NOT NULL,
    PRIMARY KEY (subject),
    CONSTRAINT uk_notification_preference_token UNIQUE (unsubscribe_token)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
