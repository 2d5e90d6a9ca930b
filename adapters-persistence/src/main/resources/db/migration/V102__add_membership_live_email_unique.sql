-- One membership not revoked per (organisation, e-mail), whatever the race between two
-- invitations. If duplicates exist this fails with "Duplicate entry … for key
-- 'uk_membership_live_email'" and changes nothing: an administrator must revoke one of each pair
-- first (rows are never deleted silently). They are listed by
--   SELECT organisation_id, live_email, COUNT(*) FROM membership
--   WHERE live_email IS NOT NULL GROUP BY organisation_id, live_email HAVING COUNT(*) > 1;
-- (organisation_id, subject) is unique since V2.
ALTER TABLE membership ADD CONSTRAINT uk_membership_live_email UNIQUE (organisation_id, live_email);
