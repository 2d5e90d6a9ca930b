-- Shared tool catalogue (issue 16, ADR 0028): the entries a federation (organisation of kind
-- FEDERATION, organisation_id) publishes for its members: the tool's identity and plan, the
-- federation's assessment summary (level, data ceiling), its recommendation and links. DRAFT →
-- PUBLISHED → DEPRECATED; revision is the assessment revision adopters were last told of (0 as a
-- draft, 1 at publication, raised by a re-assessment or a deprecation). Belongs to the federation:
-- exported and deleted with it.
CREATE TABLE catalogue_entry (
    id                CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id   CHAR(36)      CHARACTER SET ascii NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    vendor            VARCHAR(200)  NOT NULL,
    category          VARCHAR(40)   NOT NULL,
    account_type      VARCHAR(40)   NOT NULL,
    vendor_plan       VARCHAR(200)  NULL,
    hosting_region    VARCHAR(40)   NOT NULL,
    assessment_level  VARCHAR(20)   NOT NULL,
    data_ceiling      VARCHAR(30)   NOT NULL,
    recommendation    VARCHAR(30)   NOT NULL,
    conditions        VARCHAR(4000) NULL,
    rationale         VARCHAR(4000) NOT NULL,
    agreement_url     VARCHAR(2000) NULL,
    offer_url         VARCHAR(2000) NULL,
    reviewed_on       DATE          NOT NULL,
    next_review_on    DATE          NULL,
    status            VARCHAR(20)   NOT NULL,
    revision          INT           NOT NULL,
    published_at      TIMESTAMP(6)  NULL,
    changed_at        TIMESTAMP(6)  NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_catalogue_entry_org_id (organisation_id, id),
    INDEX ix_catalogue_entry_status (organisation_id, status, id),
    CONSTRAINT fk_catalogue_entry_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
