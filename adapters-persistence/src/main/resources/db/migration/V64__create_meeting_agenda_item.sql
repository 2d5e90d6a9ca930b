-- Agenda items, in order. The pointers to a request, use case, tool or risk are checked by the service
-- when written and carry no foreign key: deleting a tool declared by mistake must not fail on an old agenda.
CREATE TABLE meeting_agenda_item (
    organisation_id  CHAR(36)     CHARACTER SET ascii NOT NULL,
    meeting_id       CHAR(36)     CHARACTER SET ascii NOT NULL,
    position         INT          NOT NULL,
    title            VARCHAR(200) NOT NULL,
    request_id       CHAR(36)     CHARACTER SET ascii NULL,
    use_case_id      CHAR(36)     CHARACTER SET ascii NULL,
    tool_id          CHAR(36)     CHARACTER SET ascii NULL,
    risk_id          CHAR(36)     CHARACTER SET ascii NULL,
    PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_meeting_agenda_item_meeting FOREIGN KEY (organisation_id, meeting_id) REFERENCES meeting (organisation_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
