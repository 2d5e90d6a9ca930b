-- Communication and change plans (issue 15). consultation_due: the date the information and consultation of
-- worker representatives is due (CCT n° 39 in Belgium, the CSE in France), NULL when the plan owes none;
-- computed by the application from the organisation's profile at every change of the plan, for the to-do list.
CREATE TABLE communication_plan (
    id                  CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id     CHAR(36)      CHARACTER SET ascii NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    objective           VARCHAR(2000) NOT NULL,
    initiative          VARCHAR(200)  NULL,
    period_start        DATE          NOT NULL,
    period_end          DATE          NOT NULL,
    owner_id            CHAR(36)      CHARACTER SET ascii NOT NULL,
    go_live             DATE          NULL,
    changes_work        BOOLEAN       NOT NULL,
    touches_automation  BOOLEAN       NOT NULL,
    consultation_due    DATE          NULL,
    created_by          CHAR(36)      CHARACTER SET ascii NOT NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    -- the target of the actions' composite foreign key: an action can only belong to a plan of its organisation
    CONSTRAINT uk_communication_plan_tenant UNIQUE (organisation_id, id),
    INDEX ix_communication_plan_consultation (organisation_id, consultation_due),
    CONSTRAINT fk_communication_plan_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_communication_plan_owner FOREIGN KEY (organisation_id, owner_id) REFERENCES membership (organisation_id, id),
    CONSTRAINT fk_communication_plan_created_by FOREIGN KEY (organisation_id, created_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
