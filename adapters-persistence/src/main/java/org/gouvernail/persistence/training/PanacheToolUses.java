package org.gouvernail.persistence.training;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.training.ToolUse;
import org.gouvernail.domain.training.ToolUseId;
import org.gouvernail.domain.training.port.out.ToolUses;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;

/** Persistence adapter: who uses which AI tool, in MariaDB. */
@ApplicationScoped
public class PanacheToolUses implements ToolUses {

    private final Repository repository;

    PanacheToolUses(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(ToolUse use) {
        repository.persist(ToolUseEntity.from(use));
    }

    @Override
    public Optional<ToolUse> find(OrganisationId organisationId, ToolUseId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional()
                .map(ToolUseEntity::toDomain);
    }

    @Override
    public boolean exists(OrganisationId organisationId, MemberId memberId, ToolId toolId) {
        return repository.count(
                        "organisationId = ?1 and memberId = ?2 and toolId = ?3",
                        organisationId.value(),
                        memberId.value(),
                        toolId.value())
                > 0;
    }

    @Override
    public void remove(OrganisationId organisationId, ToolUseId id) {
        repository.delete("organisationId = ?1 and id = ?2", organisationId.value(), id.value());
    }

    @Override
    public Page<ToolUse> list(
            OrganisationId organisationId, Optional<MemberId> member, Optional<ToolId> tool, PageRequest page) {
        StringBuilder query = new StringBuilder("from ToolUseEntity u where u.organisationId = :organisation");
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        member.ifPresent(wanted -> {
            query.append(" and u.memberId = :member");
            parameters.and("member", wanted.value());
        });
        tool.ifPresent(wanted -> {
            query.append(" and u.toolId = :tool");
            parameters.and("tool", wanted.value());
        });
        String paged = Keyset.after(query.toString(), page, parameters, false, "u.id");
        return Keyset.page(
                repository
                        .find(paged + " order by u.id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                ToolUseEntity::toDomain,
                use -> use.id().value());
    }

    @Override
    public List<ToolUse> all(OrganisationId organisationId, int max) {
        return repository.find("organisationId = ?1 order by id", organisationId.value()).page(0, max).list().stream()
                .map(ToolUseEntity::toDomain)
                .toList();
    }

    @Override
    public List<ToolUse> ofMembers(Collection<MemberId> memberIds, int max) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        InList members = InList.anyLength(
                "member", memberIds.stream().map(MemberId::value).toList());
        return members
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from ToolUseEntity where memberId in " + members.parameters() + " order by id",
                                ToolUseEntity.class))
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(ToolUseEntity::toDomain)
                .toList();
    }

    /** The Panache repository of tool uses, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<ToolUseEntity, UUID> {}
}
