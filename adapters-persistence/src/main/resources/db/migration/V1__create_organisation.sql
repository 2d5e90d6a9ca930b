CREATE TABLE organisation (
    id               CHAR(36)     CHARACTER SET ascii NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    slug             VARCHAR(60)  CHARACTER SET ascii NOT NULL,
    country          CHAR(2)      CHARACTER SET ascii NOT NULL,
    staff_count      INT          NULL,
    volunteer_count  INT          NULL,
    locale           VARCHAR(5)   CHARACTER SET ascii NOT NULL,
    version          BIGINT       NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_organisation_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
