package org.gouvernail.persistence.inventory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the AI tool inventory in MariaDB. */
@ApplicationScoped
public class PanacheTools implements Tools {

    private final Repository repository;

    PanacheTools(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(AiTool tool) {
        repository.persist(ToolEntity.from(tool));
    }

    @Override
    public Optional<AiTool> find(OrganisationId organisationId, ToolId id) {
        return entity(organisationId, id).map(ToolEntity::toDomain);
    }

    @Override
    public AiTool update(AiTool tool) {
        ToolEntity entity = entity(tool.organisationId(), tool.id()).orElseThrow(() -> new NotFound("tool", tool.id()));
        Versions.expect("tool", entity.version, tool.version());
        entity.apply(tool);
        Versions.flush(repository.getEntityManager(), "tool", tool.version());
        return entity.toDomain();
    }

    @Override
    public void remove(OrganisationId organisationId, ToolId id, long expectedVersion) {
        ToolEntity entity = entity(organisationId, id).orElseThrow(() -> new NotFound("tool", id));
        Versions.expect("tool", entity.version, expectedVersion);
        repository.delete(entity);
        Versions.flush(repository.getEntityManager(), "tool", expectedVersion);
    }

    @Override
    public Page<AiTool> list(OrganisationId organisationId, ToolFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("organisationId = :organisation");
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        filter.status().ifPresent(status -> {
            query.append(" and status = :status");
            parameters.and("status", status);
        });
        filter.category().ifPresent(category -> {
            query.append(" and category = :category");
            parameters.and("category", category);
        });
        filter.dataCategory().ifPresent(dataCategory -> {
            query.append(" and :dataCategory member of dataCategories");
            parameters.and("dataCategory", dataCategory);
        });
        filter.text().ifPresent(text -> {
            query.append(" and (lower(name) like :text escape '!' or lower(vendor) like :text escape '!'"
                    + " or lower(description) like :text escape '!')");
            parameters.and("text", Keyset.containing(text));
        });
        String paged = Keyset.after(query.toString(), page, parameters, false);
        // columns, not entities: a page is only read, so nothing is put in the persistence context (no
        // snapshot to keep, nothing for the flushes before the next query and at commit to compare)
        EntityManager entities = repository.getEntityManager();
        TypedQuery<Object[]> rows = entities.createQuery(
                "select " + ToolEntity.COLUMNS + " from ToolEntity where " + paged + " order by id", Object[].class);
        parameters.map().forEach(rows::setParameter);
        List<Object[]> slice = rows.setMaxResults(page.limit() + 1).getResultList();
        // the collections of the page's tools (not of the row that only tells whether more follow), one
        // query each, as the batch fetch of the entities did
        List<UUID> ids =
                slice.stream().limit(page.limit()).map(row -> (UUID) row[0]).toList();
        Map<UUID, Set<DataCategory>> dataCategories = new HashMap<>();
        Map<UUID, List<String>> teams = new HashMap<>();
        if (!ids.isEmpty()) {
            InList pageIds = InList.of("id", ids);
            for (Object[] row : pageIds.bind(entities.createQuery(
                            "select t.id, d from ToolEntity t join t.dataCategories d where t.id in "
                                    + pageIds.parameters(),
                            Object[].class))
                    .getResultList()) {
                dataCategories
                        .computeIfAbsent((UUID) row[0], id -> EnumSet.noneOf(DataCategory.class))
                        .add((DataCategory) row[1]);
            }
            for (Object[] row : pageIds.bind(entities.createQuery(
                            "select t.id, m from ToolEntity t join t.teams m where t.id in " + pageIds.parameters()
                                    + " order by t.id, index(m)",
                            Object[].class))
                    .getResultList()) {
                teams.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]);
            }
        }
        return Keyset.page(
                slice,
                page,
                row -> ToolEntity.toDomain(
                        row,
                        dataCategories.getOrDefault((UUID) row[0], Set.of()),
                        teams.getOrDefault((UUID) row[0], List.of())),
                tool -> tool.id().value());
    }

    private Optional<ToolEntity> entity(OrganisationId organisationId, ToolId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    @Override
    public List<AiTool> findAll(Collection<OrganisationId> organisationIds, Collection<ToolId> ids) {
        if (organisationIds.isEmpty() || ids.isEmpty()) {
            return List.of();
        }
        // their two collections fetched in the same statement (a set and an indexed list), so that the
        // cost does not grow with the number of tools beyond the batch size
        InList organisations = InList.anyLength(
                "organisation",
                organisationIds.stream().map(OrganisationId::value).toList());
        InList values = InList.anyLength("id", ids.stream().map(ToolId::value).toList());
        return values
                .bind(organisations.bind(repository
                        .getEntityManager()
                        .createQuery(
                                "select t from ToolEntity t left join fetch t.dataCategories left join fetch t.teams"
                                        + " where t.organisationId in " + organisations.parameters() + " and t.id in "
                                        + values.parameters() + " order by t.id",
                                ToolEntity.class)))
                .getResultList()
                .stream()
                .map(ToolEntity::toDomain)
                .toList();
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<ToolEntity, UUID> {}
}
