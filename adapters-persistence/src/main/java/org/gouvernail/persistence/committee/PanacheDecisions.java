package org.gouvernail.persistence.committee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.Keyset;

/** Persistence adapter: the committee's decisions, inserted once and never updated. */
@ApplicationScoped
public class PanacheDecisions implements Decisions {

    private final Repository repository;

    PanacheDecisions(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(Decision decision) {
        repository.persist(DecisionEntity.from(decision));
        repository.getEntityManager().flush();
    }

    @Override
    public Optional<Decision> find(OrganisationId organisationId, DecisionId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional()
                .map(DecisionEntity::toDomain);
    }

    @Override
    public Page<Decision> list(OrganisationId organisationId, MeetingId meetingId, PageRequest page) {
        StringBuilder query = new StringBuilder("from DecisionEntity d where d.organisationId = :organisation");
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        if (meetingId != null) {
            query.append(" and d.meetingId = :meeting");
            parameters.and("meeting", meetingId.value());
        }
        String paged = Keyset.after(query.toString(), page, parameters, false, "d.id");
        List<DecisionEntity> slice = repository
                .find(paged + " order by d.id", parameters)
                .page(0, page.limit() + 1)
                .list();
        return Keyset.page(
                slice, page, DecisionEntity::toDomain, decision -> decision.id().value());
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<DecisionEntity, UUID> {}
}
