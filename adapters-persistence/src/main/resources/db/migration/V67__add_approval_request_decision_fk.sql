-- The decision that settled a request (created after the decision table, which points back to requests).
ALTER TABLE approval_request
    ADD CONSTRAINT fk_approval_request_decision FOREIGN KEY (organisation_id, decision_id) REFERENCES decision (organisation_id, id);
