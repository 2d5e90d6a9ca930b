-- Mitigation actions: part of the risk aggregate (the risk's version covers them).
CREATE TABLE risk_action (
    id               CHAR(36)     CHARACTER SET ascii NOT NULL,
    organisation_id  CHAR(36)     CHARACTER SET ascii NOT NULL,
    risk_id          CHAR(36)     CHARACTER SET ascii NOT NULL,
    title            VARCHAR(200) NOT NULL,
    owner_id         CHAR(36)     CHARACTER SET ascii NULL,
    due_date         DATE         NULL,
    status           VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_risk_action_risk (organisation_id, risk_id),
    INDEX ix_risk_action_due (organisation_id, status, due_date),
    CONSTRAINT fk_risk_action_risk FOREIGN KEY (organisation_id, risk_id) REFERENCES risk (organisation_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_risk_action_owner FOREIGN KEY (organisation_id, owner_id) REFERENCES membership (organisation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
