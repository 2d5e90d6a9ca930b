-- Who attended a session (PRESENT, ABSENT, EXCUSED): memberships of the same organisation, with or
-- without an account. Part of the session aggregate, frozen when the session is closed.
CREATE TABLE training_attendance (
    organisation_id  CHAR(36)     CHARACTER SET ascii NOT NULL,
    session_id       CHAR(36)     CHARACTER SET ascii NOT NULL,
    member_id        CHAR(36)     CHARACTER SET ascii NOT NULL,
    attendance       VARCHAR(20)  CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (session_id, member_id),
    CONSTRAINT fk_training_attendance_session FOREIGN KEY (organisation_id, session_id) REFERENCES training_session (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_training_attendance_member FOREIGN KEY (organisation_id, member_id) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
