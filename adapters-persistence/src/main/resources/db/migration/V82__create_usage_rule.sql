-- The usage rules of a policy version, in the order written (position 0, 1, ...); part of the version
-- aggregate, under its version. subject_code is the tool id, the tool category or the activity, as
-- subject_kind says. A TOOL code has no foreign key to ai_tool: a rule, published ones above all, must
-- outlive the tool declaration it names; the service checks tool ids when rules are written.
-- No unique key on (subject, ceiling) either: the domain refuses such duplicates, and rewriting rules
-- position by position may hold one for an instant within a flush.
CREATE TABLE usage_rule (
    version_id       CHAR(36)      CHARACTER SET ascii NOT NULL,
    position         INT           NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    subject_kind     VARCHAR(20)   NOT NULL,
    subject_code     VARCHAR(60)   CHARACTER SET ascii NOT NULL,
    data_ceiling     VARCHAR(30)   NOT NULL,
    verdict          VARCHAR(30)   NOT NULL,
    conditions       VARCHAR(2000) NULL,
    rationale        VARCHAR(2000) NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT ck_usage_rule_position CHECK (position >= 0),
    CONSTRAINT fk_usage_rule_version FOREIGN KEY (organisation_id, version_id) REFERENCES policy_version (organisation_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
