-- One member's answers to one campaign: "code=stage" pairs, comma-separated, "?" for "I don't know"
-- (the framework has a few dozen questions, so one bounded column). One response per member and campaign.
CREATE TABLE readiness_response (
    id                CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id   CHAR(36)      CHARACTER SET ascii NOT NULL,
    campaign_id       CHAR(36)      CHARACTER SET ascii NOT NULL,
    member_id         CHAR(36)      CHARACTER SET ascii NOT NULL,
    respondent_group  VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    answers           VARCHAR(2000) CHARACTER SET ascii NOT NULL,
    submitted_at      TIMESTAMP(6)  NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_readiness_response_member UNIQUE (organisation_id, campaign_id, member_id),
    CONSTRAINT fk_readiness_response_campaign FOREIGN KEY (organisation_id, campaign_id) REFERENCES readiness_campaign (organisation_id, id),
    CONSTRAINT fk_readiness_response_member FOREIGN KEY (organisation_id, member_id) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
