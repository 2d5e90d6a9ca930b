CREATE TABLE vendor_assessment_data_category (
    assessment_id    CHAR(36)     CHARACTER SET ascii NOT NULL,
    data_category    VARCHAR(30)  NOT NULL,
    PRIMARY KEY (assessment_id, data_category),
    CONSTRAINT fk_vendor_assessment_data_category_assessment FOREIGN KEY (assessment_id) REFERENCES vendor_assessment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
