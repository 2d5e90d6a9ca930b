package org.gouvernail.persistence.transparency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.transparency.StatementContent;
import org.gouvernail.domain.transparency.StatementStatus;
import org.gouvernail.domain.transparency.TransparencyStatement;
import org.gouvernail.domain.transparency.port.out.TransparencyStatements;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: transparency statement versions in MariaDB, their content as a JSON snapshot. */
@ApplicationScoped
public class PanacheTransparencyStatements implements TransparencyStatements {

    private final Repository repository;
    private final ObjectMapper json;

    PanacheTransparencyStatements(Repository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    @Override
    public void add(TransparencyStatement statement) {
        repository.persist(TransparencyStatementEntity.from(statement, write(statement.content())));
    }

    @Override
    public Optional<TransparencyStatement> find(OrganisationId organisationId, UUID id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id)
                .firstResultOptional()
                .map(this::toDomain);
    }

    @Override
    public TransparencyStatement update(TransparencyStatement statement) {
        TransparencyStatementEntity entity = repository
                .find(
                        "organisationId = ?1 and id = ?2",
                        statement.organisationId().value(),
                        statement.id())
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("ai-transparency", statement.id()));
        Versions.expect("ai-transparency", entity.version, statement.version());
        entity.apply(statement, write(statement.content()));
        Versions.flush(repository.getEntityManager(), "ai-transparency", statement.version());
        return toDomain(entity);
    }

    @Override
    public int lastNumber(OrganisationId organisationId) {
        Integer last = repository
                .getEntityManager()
                .createQuery(
                        "select max(s.number) from TransparencyStatementEntity s where s.organisationId = :organisation",
                        Integer.class)
                .setParameter("organisation", organisationId.value())
                .getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public List<TransparencyStatement> published(List<OrganisationId> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        InList ids = InList.anyLength(
                "organisation",
                organisationIds.stream().map(OrganisationId::value).toList());
        return ids
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from TransparencyStatementEntity where organisationId in " + ids.parameters()
                                        + " and status = :published",
                                TransparencyStatementEntity.class))
                .setParameter("published", StatementStatus.PUBLISHED)
                .getResultList()
                .stream()
                .map(this::toDomain)
                .toList();
    }

    @Override
    public List<TransparencyStatement> inStatus(
            OrganisationId organisationId, List<StatementStatus> statuses, int max) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        InList values = InList.of("status", statuses);
        return values
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from TransparencyStatementEntity where organisationId = :organisation and status in "
                                        + values.parameters() + " order by number desc",
                                TransparencyStatementEntity.class))
                .setParameter("organisation", organisationId.value())
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(this::toDomain)
                .toList();
    }

    private TransparencyStatement toDomain(TransparencyStatementEntity entity) {
        try {
            return entity.toDomain(json.readValue(entity.content, StatementContent.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable statement snapshot " + entity.id, e);
        }
    }

    private String write(StatementContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("statement snapshot not writable", e);
        }
    }

    /** The Panache repository, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<TransparencyStatementEntity, UUID> {}
}
