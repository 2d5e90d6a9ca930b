-- The active requirements of several organisations are read at once (to-do lists, my learning).
CREATE INDEX ix_literacy_requirement_status ON literacy_requirement (organisation_id, status);
