-- Attempts at a training module's quiz, append-only (never updated nor deleted): who, which module in which
-- revision, the score, whether it passed, when, and the training record a pass wrote (whose evidence it is).
-- The choices are not kept: only how many questions were exactly right.
CREATE TABLE quiz_attempt (
    id               CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    member_id        CHAR(36)      CHARACTER SET ascii NOT NULL,
    module_id        CHAR(36)      CHARACTER SET ascii NOT NULL,
    module_revision  INT           NOT NULL,
    questions        INT           NOT NULL,
    correct          INT           NOT NULL,
    score            INT           NOT NULL,
    pass_mark        INT           NOT NULL,
    passed           BOOLEAN       NOT NULL,
    record_id        CHAR(36)      CHARACTER SET ascii NULL,
    attempted_at     TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_quiz_attempt_org (organisation_id, id),
    KEY ix_quiz_attempt_member (organisation_id, member_id, id),
    KEY ix_quiz_attempt_module (organisation_id, module_id, id),
    CONSTRAINT ck_quiz_attempt_score CHECK (score BETWEEN 0 AND 100 AND correct BETWEEN 0 AND questions),
    CONSTRAINT ck_quiz_attempt_record CHECK (passed = (record_id IS NOT NULL)),
    CONSTRAINT fk_quiz_attempt_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_quiz_attempt_member FOREIGN KEY (organisation_id, member_id) REFERENCES membership (organisation_id, id),
    CONSTRAINT fk_quiz_attempt_module FOREIGN KEY (organisation_id, module_id) REFERENCES training_module (organisation_id, id),
    CONSTRAINT fk_quiz_attempt_record FOREIGN KEY (organisation_id, record_id) REFERENCES training_record (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
