-- Apply or explain: the organisation's decision on each recommended practice; NOT_APPLIED carries its explanation.
CREATE TABLE governance_practice (
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    practice         VARCHAR(40)   CHARACTER SET ascii NOT NULL,
    status           VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    explanation      VARCHAR(2000) NULL,
    decided_at       TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (organisation_id, practice),
    CONSTRAINT fk_governance_practice_setup FOREIGN KEY (organisation_id) REFERENCES governance_setup (organisation_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
