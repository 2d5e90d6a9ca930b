-- One open review per subject, whatever the race between two agenda proposals (two meetings proposed
-- at the same instant each opened a review of the same due subject). MariaDB has no partial unique
-- index: the key goes on open_subject_id, the subject while the review is open and NULL once a decision
-- closed it (closed reviews of the same subject never collide). A proposal that loses the race fails on
-- this key and is answered 409 concurrent-change; its retry carries the winner's review.
-- If duplicates exist this fails with "Duplicate entry … for key 'uk_review_open_subject'" and changes
-- nothing; they are listed by
--   SELECT organisation_id, subject_type, subject_id, COUNT(*) FROM review WHERE decision_id IS NULL
--   GROUP BY organisation_id, subject_type, subject_id HAVING COUNT(*) > 1;
ALTER TABLE review
    ADD COLUMN open_subject_id CHAR(36) CHARACTER SET ascii
        AS (CASE WHEN decision_id IS NULL THEN subject_id END) PERSISTENT;
ALTER TABLE review ADD CONSTRAINT uk_review_open_subject UNIQUE (organisation_id, subject_type, open_subject_id);
