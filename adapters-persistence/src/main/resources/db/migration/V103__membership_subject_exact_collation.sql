-- OIDC subjects are case-sensitive strings (RFC: "sub" compares exactly): utf8mb4_unicode_ci
-- would let a subject match another differing only in case or accents, in findActive and in the
-- unique key (organisation_id, subject) of V2.
ALTER TABLE membership MODIFY subject VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
