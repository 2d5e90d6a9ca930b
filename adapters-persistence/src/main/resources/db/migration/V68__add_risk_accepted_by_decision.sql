-- The committee decision that accepted a risk (the only way a HIGH or CRITICAL risk is accepted).
ALTER TABLE risk
    ADD COLUMN accepted_by_decision CHAR(36) CHARACTER SET ascii NULL,
    ADD CONSTRAINT fk_risk_accepted_by_decision FOREIGN KEY (organisation_id, accepted_by_decision) REFERENCES decision (organisation_id, id);
