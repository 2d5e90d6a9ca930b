-- The e-mail of a membership that is not revoked, NULL otherwise: MariaDB has no partial unique
-- index, so the unique key of V102 goes on this column (a revoked person may be invited again;
-- several NULLs never collide).
ALTER TABLE membership
    ADD COLUMN live_email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin
        AS (CASE WHEN status <> 'REVOKED' THEN email END) PERSISTENT;
