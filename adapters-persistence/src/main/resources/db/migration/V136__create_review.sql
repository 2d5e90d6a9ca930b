-- One due subject put before the committee, open until a decision closes it (issue 14, review cycles).
CREATE TABLE review (
    id               CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    subject_type     VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    subject_id       CHAR(36)      CHARACTER SET ascii NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    reason           VARCHAR(60)   CHARACTER SET ascii NOT NULL,
    due_on           DATE          NOT NULL,
    subject_count    INT           NOT NULL,
    meeting_id       CHAR(36)      CHARACTER SET ascii NOT NULL,
    proposed_on      DATE          NOT NULL,
    decision_id      CHAR(36)      CHARACTER SET ascii NULL,
    reviewed_on      DATE          NULL,
    next_review_on   DATE          NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_review_tenant UNIQUE (organisation_id, id),
    INDEX ix_review_subject (organisation_id, subject_id, id),
    CONSTRAINT ck_review_closed CHECK ((decision_id IS NULL) = (reviewed_on IS NULL) AND (decision_id IS NULL) = (next_review_on IS NULL)),
    CONSTRAINT fk_review_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_review_meeting FOREIGN KEY (organisation_id, meeting_id) REFERENCES meeting (organisation_id, id),
    CONSTRAINT fk_review_decision FOREIGN KEY (organisation_id, decision_id) REFERENCES decision (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
