-- The AI Act questionnaire from its version 2 on: every answer by question code, as
-- "version=2;AI_SYSTEM=true;ROLE=DEPLOYER;…" (read with the use case, never queried on its own).
-- Rows written before it keep their version-1 columns (ai_act_practices … ai_act_operator_role) and
-- are read through AiActAnswers.fromVersion1 until they are saved again; ai_act_tier stays the
-- derived tier, kept for queries.
ALTER TABLE use_case
    ADD COLUMN ai_act_answers TEXT NULL;
