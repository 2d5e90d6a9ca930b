-- The consent in force for one indicator of a link is its latest row for that indicator: the
-- federation dashboard finds the NAMED ones with "no later row for the same indicator", which this
-- index answers with one look-up instead of reading the link's whole history (issue 16's benchmark).
CREATE INDEX ix_sharing_consent_indicator ON sharing_consent (link_id, indicator_code, sequence_number);
