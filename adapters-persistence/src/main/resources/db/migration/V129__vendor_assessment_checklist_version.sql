-- The vendor checklist is versioned: version 1 (V01–V17, V11 and V12 never blocking alone) for the
-- assessments made before this migration, version 2 (V18–V22 added; V11, V12 block where GDPR
-- art. 28 makes the clauses mandatory) for new ones. An assessment keeps its version, so its
-- answers and its result read as they were given.
ALTER TABLE vendor_assessment
    ADD COLUMN checklist_version INT NOT NULL DEFAULT 1;
