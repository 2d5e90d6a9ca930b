-- The values check of a use case (issue 20), versioned with it: "version=1&a.CODE=value&r.CONCERN=response",
-- values URL-encoded (answers may be free texts). Read with the use case, never queried on its own; the
-- concerns are computed from it.
ALTER TABLE use_case
    ADD COLUMN values_check TEXT NULL;
