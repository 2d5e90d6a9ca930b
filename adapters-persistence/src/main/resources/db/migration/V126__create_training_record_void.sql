-- The void of a wrong training record, written beside it (the record itself is never changed): at most
-- one per record, with its reason and the record that replaces it, if any.
CREATE TABLE training_record_void (
    record_id        CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    voided_by        CHAR(36)      CHARACTER SET ascii NOT NULL,
    voided_at        TIMESTAMP(6)  NOT NULL,
    replaced_by      CHAR(36)      CHARACTER SET ascii NULL,
    PRIMARY KEY (record_id),
    CONSTRAINT fk_training_record_void_record FOREIGN KEY (organisation_id, record_id) REFERENCES training_record (organisation_id, id),
    CONSTRAINT fk_training_record_void_replaced_by FOREIGN KEY (organisation_id, replaced_by) REFERENCES training_record (organisation_id, id),
    CONSTRAINT fk_training_record_void_voided_by FOREIGN KEY (organisation_id, voided_by) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
