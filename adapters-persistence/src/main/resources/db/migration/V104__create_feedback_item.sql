-- Feedback items. Ids are random (UUIDv4) and every date is a DATE: an anonymous item must not
-- tell when it was written finer than the day. author_id is NULL exactly for ANONYMOUS items; no
-- column holds a subject, a name, an e-mail, an address or a user agent. receipt_hash is the slow
-- hash of an anonymous reporter's receipt (never the receipt). due_on is the deadline that runs now
-- (acknowledge while RECEIVED, answer while open), NULL once settled: the due items read it.
CREATE TABLE feedback_item (
    id                    CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id       CHAR(36)      CHARACTER SET ascii NOT NULL,
    kind                  VARCHAR(20)   NOT NULL,
    about_kind            VARCHAR(20)   NOT NULL,
    about_id              CHAR(36)      CHARACTER SET ascii NULL,
    about_policy_version  INT           NULL,
    about_rule            VARCHAR(200)  NULL,
    text                  VARCHAR(2000) NOT NULL,
    channel               VARCHAR(10)   NOT NULL,
    identity_mode         VARCHAR(15)   NOT NULL,
    author_id             CHAR(36)      CHARACTER SET ascii NULL,
    received_on           DATE          NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    acknowledged_on       DATE          NULL,
    settled_on            DATE          NULL,
    answer                VARCHAR(2000) NULL,
    dismiss_reason        VARCHAR(2000) NULL,
    due_on                DATE          NULL,
    receipt_hash          CHAR(64)      CHARACTER SET ascii NULL,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_feedback_item_tenant UNIQUE (organisation_id, id),
    CONSTRAINT uk_feedback_item_receipt UNIQUE (organisation_id, receipt_hash),
    INDEX ix_feedback_item_due (organisation_id, due_on),
    INDEX ix_feedback_item_author (organisation_id, author_id, id),
    CONSTRAINT ck_feedback_item_author CHECK ((identity_mode = 'ANONYMOUS') = (author_id IS NULL)),
    CONSTRAINT fk_feedback_item_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_feedback_item_author FOREIGN KEY (organisation_id, author_id) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
