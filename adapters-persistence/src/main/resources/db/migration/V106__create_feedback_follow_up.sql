-- The follow-ups of a feedback item, in the order linked; part of the item aggregate, under its
-- version. target_id is the risk (RISK) or the policy (POLICY_REVISION, with policy_version its
-- version's number). No foreign key to the risk or the policy: the link must outlive a risk deleted
-- by mistake; the service checks the targets when it links them. Indexed for the other side of the
-- link (the items that led to a risk or a policy version).
CREATE TABLE feedback_follow_up (
    feedback_item_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    position          INT           NOT NULL,
    organisation_id   CHAR(36)      CHARACTER SET ascii NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    target_id         CHAR(36)      CHARACTER SET ascii NOT NULL,
    policy_version    INT           NULL,
    note              VARCHAR(2000) NULL,
    linked_on         DATE          NOT NULL,
    PRIMARY KEY (feedback_item_id, position),
    INDEX ix_feedback_follow_up_target (organisation_id, target_id, kind),
    CONSTRAINT ck_feedback_follow_up_position CHECK (position >= 0),
    CONSTRAINT fk_feedback_follow_up_item FOREIGN KEY (organisation_id, feedback_item_id) REFERENCES feedback_item (organisation_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
