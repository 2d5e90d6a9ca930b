-- An agenda item may point to a review the review cycle proposed (issue 14).
ALTER TABLE meeting_agenda_item ADD COLUMN review_id CHAR(36) CHARACTER SET ascii NULL AFTER policy_version_id;
