-- The roadmap actions an organisation accepted or marked, with the object accepting created (so that a
-- second acceptance creates nothing).
CREATE TABLE roadmap_step (
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    action           VARCHAR(40)   CHARACTER SET ascii NOT NULL,
    status           VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    created_id       CHAR(36)      CHARACTER SET ascii NULL,
    changed_at       TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (organisation_id, action),
    CONSTRAINT fk_roadmap_step_setup FOREIGN KEY (organisation_id) REFERENCES governance_setup (organisation_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
