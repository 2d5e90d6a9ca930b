-- An agenda item may point to a policy version submitted to the committee; like the other pointers
-- it is checked by the service when written and carries no foreign key.
ALTER TABLE meeting_agenda_item ADD COLUMN policy_version_id CHAR(36) CHARACTER SET ascii NULL AFTER risk_id;
