-- Whether a committee decision records that the committee saw the use case's values check (issue 20):
-- needed to approve a use case whose check has a SERIOUS concern without response.
ALTER TABLE decision
    ADD COLUMN acknowledges_values_check BOOLEAN NOT NULL DEFAULT FALSE;
