-- The consent history of a federation link, append-only: each row grants (with its granularity and,
-- optionally, the member's committee decision) or revokes the sharing of one dashboard indicator. The
-- consents in force are the latest row per indicator. No person is named here: who acted is in the
-- audit trails of both organisations. decision_id is not a foreign key: a decision lives in the
-- member's tables, which this platform-level table must not tie to an export.
CREATE TABLE sharing_consent (
    link_id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    sequence_number  INT          NOT NULL,
    indicator_code   VARCHAR(60)  NOT NULL,
    change_kind      VARCHAR(10)  NOT NULL,
    granularity      VARCHAR(20)  NULL,
    decision_id      CHAR(36)     CHARACTER SET ascii NULL,
    changed_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (link_id, sequence_number),
    CONSTRAINT ck_sharing_consent_granularity CHECK ((change_kind = 'GRANTED') = (granularity IS NOT NULL)),
    CONSTRAINT fk_sharing_consent_link FOREIGN KEY (link_id) REFERENCES federation_link (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
