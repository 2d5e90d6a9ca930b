CREATE TABLE vendor_assessment_answer (
    assessment_id    CHAR(36)      CHARACTER SET ascii NOT NULL,
    item             VARCHAR(3)    CHARACTER SET ascii NOT NULL,
    answer           VARCHAR(20)   NOT NULL,
    note             VARCHAR(2000) NULL,
    evidence_url     VARCHAR(2000) NULL,
    PRIMARY KEY (assessment_id, item),
    CONSTRAINT fk_vendor_assessment_answer_assessment FOREIGN KEY (assessment_id) REFERENCES vendor_assessment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
