CREATE TABLE vendor_assessment (
    id                              CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id                 CHAR(36)      CHARACTER SET ascii NOT NULL,
    tool_id                         CHAR(36)      CHARACTER SET ascii NOT NULL,
    -- snapshot of the tool when the assessment was created (its data categories: vendor_assessment_data_category)
    tool_hosting_region             VARCHAR(30)   NOT NULL,
    -- facts of context stated by the assessor
    health_data                     BOOLEAN       NOT NULL,
    personal_data_leaves_eu         BOOLEAN       NOT NULL,
    connectors_touch_personal_data  BOOLEAN       NOT NULL,
    critical_process                BOOLEAN       NOT NULL,
    high_risk_use_case              BOOLEAN       NOT NULL,
    status                          VARCHAR(20)   NOT NULL,
    -- computed by the domain from the answers on every save; kept here for lists and the tool view
    score                           INT           NOT NULL,
    level                           VARCHAR(20)   NOT NULL,
    author_id                       CHAR(36)      CHARACTER SET ascii NOT NULL,
    created_at                      TIMESTAMP(6)  NOT NULL,
    submitted_at                    TIMESTAMP(6)  NULL,
    validated_by                    CHAR(36)      CHARACTER SET ascii NULL,
    validated_at                    TIMESTAMP(6)  NULL,
    return_comment                  VARCHAR(2000) NULL,
    version                         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_vendor_assessment_tenant UNIQUE (organisation_id, id),
    INDEX ix_vendor_assessment_tool (organisation_id, tool_id, id),
    INDEX ix_vendor_assessment_validated (organisation_id, tool_id, status, validated_at),
    CONSTRAINT fk_vendor_assessment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    -- a tool deleted as declared by mistake takes its assessments with it; a real tool is retired, never deleted
    CONSTRAINT fk_vendor_assessment_tool FOREIGN KEY (organisation_id, tool_id) REFERENCES ai_tool (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_vendor_assessment_author FOREIGN KEY (organisation_id, author_id) REFERENCES membership (organisation_id, id),
    CONSTRAINT fk_vendor_assessment_validator FOREIGN KEY (organisation_id, validated_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
