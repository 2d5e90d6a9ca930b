package org.gouvernail.persistence.transparency;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.transparency.StatementContent;
import org.gouvernail.domain.transparency.StatementStatus;
import org.gouvernail.domain.transparency.TransparencyStatement;

/** Row of table ai_transparency_statement; the content is its JSON snapshot. */
@Entity
@Table(name = "ai_transparency_statement")
public class TransparencyStatementEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public int number;

    @Enumerated(EnumType.STRING)
    public StatementStatus status;

    public String content;
    public UUID publishedByDecision;
    public Instant publishedAt;
    public Instant supersededAt;

    @Version
    public long version;

    static TransparencyStatementEntity from(TransparencyStatement statement, String json) {
        TransparencyStatementEntity entity = new TransparencyStatementEntity();
        entity.id = statement.id();
        entity.organisationId = statement.organisationId().value();
        entity.number = statement.number();
        entity.version = statement.version();
        entity.apply(statement, json);
        return entity;
    }

    void apply(TransparencyStatement statement, String json) {
        status = statement.status();
        content = json;
        publishedByDecision = statement.publishedByDecision();
        publishedAt = statement.publishedAt();
        supersededAt = statement.supersededAt();
    }

    TransparencyStatement toDomain(StatementContent snapshot) {
        return new TransparencyStatement(
                id,
                new OrganisationId(organisationId),
                number,
                status,
                snapshot,
                publishedByDecision,
                publishedAt,
                supersededAt,
                version);
    }
}
