-- One open review per subject, whatever the race between two agenda proposals (two meetings proposed
-- at the same instant each opened a review of the same due subject). MariaDB has no partial unique
-- index: open_review is 1 while the review is open and NULL once a decision closed it (reviewed_on is
-- set with decision_id, ck_review_closed), and the unique key holds it with the subject, so that closed
-- reviews of the same subject never collide. It reads reviewed_on, not decision_id: MariaDB refuses a
-- generated column over a CHAR column (its value would depend on PAD_CHAR_TO_FULL_LENGTH). A proposal
-- that loses the race fails on this key and is answered 409 concurrent-change; its retry carries the
-- winner's review.
-- If duplicates exist this fails with "Duplicate entry … for key 'uk_review_open_subject'" and changes
-- nothing; they are listed by
--   SELECT organisation_id, subject_type, subject_id, COUNT(*) FROM review WHERE decision_id IS NULL
--   GROUP BY organisation_id, subject_type, subject_id HAVING COUNT(*) > 1;
ALTER TABLE review
    ADD COLUMN open_review TINYINT AS (CASE WHEN reviewed_on IS NULL THEN 1 END) PERSISTENT;
ALTER TABLE review ADD CONSTRAINT uk_review_open_subject UNIQUE (organisation_id, subject_type, subject_id, open_review);
