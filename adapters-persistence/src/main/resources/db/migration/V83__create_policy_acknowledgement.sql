-- Members' confirmations of having read a published version, one per member and version. recorded_by
-- differs from member_id when a governor recorded a paper signature on the member's behalf. Both are
-- memberships of the version's organisation (composite foreign keys). No cascade from the version:
-- an acknowledgement is evidence, and a version that was read is never deleted.
CREATE TABLE policy_acknowledgement (
    version_id       CHAR(36)     CHARACTER SET ascii NOT NULL,
    member_id        CHAR(36)     CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)     CHARACTER SET ascii NOT NULL,
    acknowledged_at  TIMESTAMP(6) NOT NULL,
    recorded_by      CHAR(36)     CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (version_id, member_id),
    -- what a member has acknowledged
    INDEX ix_policy_acknowledgement_member (organisation_id, member_id),
    CONSTRAINT fk_policy_acknowledgement_version FOREIGN KEY (organisation_id, version_id) REFERENCES policy_version (organisation_id, id),
    CONSTRAINT fk_policy_acknowledgement_member FOREIGN KEY (organisation_id, member_id) REFERENCES membership (organisation_id, id),
    CONSTRAINT fk_policy_acknowledgement_recorded_by FOREIGN KEY (organisation_id, recorded_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
