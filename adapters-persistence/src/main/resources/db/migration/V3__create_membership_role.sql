CREATE TABLE membership_role (
    membership_id    CHAR(36)     CHARACTER SET ascii NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    PRIMARY KEY (membership_id, role),
    CONSTRAINT fk_membership_role_membership FOREIGN KEY (membership_id) REFERENCES membership (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
