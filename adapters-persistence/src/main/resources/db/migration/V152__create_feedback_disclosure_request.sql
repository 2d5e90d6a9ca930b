-- Requests to disclose the author of a CONFIDENTIAL feedback item, each with its reason, and the
-- custodian's decision (outcome, decided_by, decided_at, decision_reason: all NULL until decided, all
-- set together). requested_by and decided_by name members; the author's identity is never copied here.
CREATE TABLE feedback_disclosure_request (
    id                CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id   CHAR(36)      CHARACTER SET ascii NOT NULL,
    feedback_item_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    requested_by      CHAR(36)      CHARACTER SET ascii NOT NULL,
    reason            VARCHAR(2000) NOT NULL,
    requested_at      TIMESTAMP(6)  NOT NULL,
    outcome           VARCHAR(10)   NULL,
    decided_by        CHAR(36)      CHARACTER SET ascii NULL,
    decision_reason   VARCHAR(2000) NULL,
    decided_at        TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    INDEX ix_feedback_disclosure_item (organisation_id, feedback_item_id, requested_by),
    CONSTRAINT ck_feedback_disclosure_decision CHECK ((outcome IS NULL) = (decided_by IS NULL) AND (outcome IS NULL) = (decided_at IS NULL)),
    CONSTRAINT fk_feedback_disclosure_item FOREIGN KEY (organisation_id, feedback_item_id) REFERENCES feedback_item (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_disclosure_requested_by FOREIGN KEY (organisation_id, requested_by) REFERENCES membership (organisation_id, id),
    CONSTRAINT fk_feedback_disclosure_decided_by FOREIGN KEY (organisation_id, decided_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
