-- The conversation of a feedback item, in the order written; part of the item aggregate, under its
-- version. A reporter's message names nobody (handler_id NULL) and is dated to the day.
CREATE TABLE feedback_message (
    feedback_item_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    position          INT           NOT NULL,
    organisation_id   CHAR(36)      CHARACTER SET ascii NOT NULL,
    author            VARCHAR(10)   NOT NULL,
    handler_id        CHAR(36)      CHARACTER SET ascii NULL,
    text              VARCHAR(2000) NOT NULL,
    written_on        DATE          NOT NULL,
    PRIMARY KEY (feedback_item_id, position),
    CONSTRAINT ck_feedback_message_position CHECK (position >= 0),
    CONSTRAINT fk_feedback_message_item FOREIGN KEY (organisation_id, feedback_item_id) REFERENCES feedback_item (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_message_handler FOREIGN KEY (organisation_id, handler_id) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
