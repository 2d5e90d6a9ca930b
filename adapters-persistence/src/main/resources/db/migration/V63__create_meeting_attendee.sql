-- Who attended a meeting: memberships of the same organisation. Part of the meeting aggregate.
CREATE TABLE meeting_attendee (
    organisation_id  CHAR(36)     CHARACTER SET ascii NOT NULL,
    meeting_id       CHAR(36)     CHARACTER SET ascii NOT NULL,
    member_id        CHAR(36)     CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (meeting_id, member_id),
    CONSTRAINT fk_meeting_attendee_meeting FOREIGN KEY (organisation_id, meeting_id) REFERENCES meeting (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_attendee_member FOREIGN KEY (organisation_id, member_id) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
