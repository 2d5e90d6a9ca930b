CREATE TABLE meeting (
    id               CHAR(36)      CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)      CHARACTER SET ascii NOT NULL,
    meeting_date     DATE          NOT NULL,
    minutes          MEDIUMTEXT    NULL,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_meeting_tenant UNIQUE (organisation_id, id),
    CONSTRAINT fk_meeting_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
