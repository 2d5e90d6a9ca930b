-- Seats on the committee: memberships of the same organisation (composite foreign key). Part of the committee aggregate.
CREATE TABLE committee_member (
    organisation_id  CHAR(36)     CHARACTER SET ascii NOT NULL,
    member_id        CHAR(36)     CHARACTER SET ascii NOT NULL,
    committee_role   VARCHAR(20)  NOT NULL,
    voting           BOOLEAN      NOT NULL,
    mandate_start    DATE         NULL,
    mandate_end      DATE         NULL,
    PRIMARY KEY (organisation_id, member_id),
    CONSTRAINT fk_committee_member_committee FOREIGN KEY (organisation_id) REFERENCES committee (organisation_id) ON DELETE CASCADE,
    CONSTRAINT fk_committee_member_membership FOREIGN KEY (organisation_id, member_id) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
