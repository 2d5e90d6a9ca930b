-- The incident log. Enum sets (data categories, harms) and id sets (tools, use cases) are stored as
-- comma-separated codes: they are read with their incident and never queried on their own. The
-- severity and its reasons are computed from the facts and kept for lists; severity_override and
-- override_reason are a handler's. country is the organisation's when reported: it chose the authority.
CREATE TABLE incident (
    id                    CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id       CHAR(36)      CHARACTER SET ascii NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    description           TEXT          NULL,
    kind                  VARCHAR(20)   NOT NULL,
    type                  VARCHAR(40)   NOT NULL,
    occurred_at           TIMESTAMP(6)  NULL,
    detected_at           TIMESTAMP(6)  NOT NULL,
    tool_ids              VARCHAR(800)  CHARACTER SET ascii NOT NULL,
    use_case_ids          VARCHAR(800)  CHARACTER SET ascii NOT NULL,
    policy_rule_breached  VARCHAR(200)  NULL,
    data_categories       VARCHAR(200)  NOT NULL,
    people_groups         VARCHAR(200)  NULL,
    people_count          INT           NULL,
    vulnerable_people     BIT(1)        NOT NULL,
    harms                 VARCHAR(200)  NOT NULL,
    harm_actual           BIT(1)        NOT NULL,
    harm_reversible       BIT(1)        NOT NULL,
    high_risk_system      BIT(1)        NOT NULL,
    country               VARCHAR(2)    NULL,
    severity              VARCHAR(10)   NOT NULL,
    severity_reasons      VARCHAR(400)  NOT NULL,
    severity_override     VARCHAR(10)   NULL,
    override_reason       VARCHAR(2000) NULL,
    status                VARCHAR(20)   NOT NULL,
    lessons_learned       TEXT          NULL,
    reported_by           CHAR(36)      CHARACTER SET ascii NOT NULL,
    reported_at           TIMESTAMP(6)  NOT NULL,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_incident_tenant UNIQUE (organisation_id, id),
    CONSTRAINT fk_incident_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_incident_reported_by FOREIGN KEY (organisation_id, reported_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
