-- The follow-ups of a feedback item may now be a training need, an agenda item, an incident or a
-- communication answer. parent_id is the plan of a communication action (kind COMMUNICATION), NULL for
-- every other kind: the action is addressed under its plan. Indexed with the other targets already.
ALTER TABLE feedback_follow_up
    ADD COLUMN parent_id CHAR(36) CHARACTER SET ascii NULL AFTER policy_version;

-- The reporter's consent to be quoted in the "you said, we did" digest (FALSE unless given on
-- submission; an anonymous reporter may give it too: the quote never carries an identity).
ALTER TABLE feedback_item
    ADD COLUMN quote_consent BOOLEAN NOT NULL DEFAULT FALSE AFTER channel;
