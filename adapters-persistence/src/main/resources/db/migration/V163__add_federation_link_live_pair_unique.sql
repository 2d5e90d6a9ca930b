-- At most one link not ended (INVITED, ACTIVE or SUSPENDED) per federation and member, whatever the
-- race between two invitations sent at the same instant (the service's check reads before it writes).
-- MariaDB has no partial unique index; the pattern of V160 (review): live_link is 1 while the link is
-- not ended and NULL once it is, and the unique key holds it with the pair, so that ended links of the
-- same pair never collide. It reads ended_at, which the domain sets exactly when the link ends
-- (ck_federation_link_ended states it), not a CHAR column: MariaDB refuses a generated column over
-- one (its value would depend on PAD_CHAR_TO_FULL_LENGTH), which is why the first attempt, a
-- CONCAT of the two ids, was refused. An invitation that loses the race fails on this key and is
-- answered 409 federation-already-linked.
-- If duplicates exist this fails with "Duplicate entry … for key 'uk_federation_link_live_pair'" and
-- changes nothing; they are listed by
--   SELECT federation_id, association_id, COUNT(*) FROM federation_link WHERE ended_at IS NULL
--   GROUP BY federation_id, association_id HAVING COUNT(*) > 1;
ALTER TABLE federation_link
    ADD CONSTRAINT ck_federation_link_ended CHECK ((status = 'ENDED') = (ended_at IS NOT NULL));
ALTER TABLE federation_link
    ADD COLUMN live_link TINYINT AS (CASE WHEN ended_at IS NULL THEN 1 END) PERSISTENT;
ALTER TABLE federation_link
    ADD CONSTRAINT uk_federation_link_live_pair UNIQUE (federation_id, association_id, live_link);
