package org.gouvernail.persistence.feedback;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.feedback.DisclosureOutcome;
import org.gouvernail.domain.feedback.DisclosureRequest;
import org.gouvernail.domain.feedback.DisclosureRequestId;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.feedback.port.out.DisclosureRequests;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;

/** Persistence adapter: the disclosure requests of confidential feedback items in MariaDB. */
@ApplicationScoped
public class PanacheDisclosureRequests implements DisclosureRequests {

    private final Repository repository;

    PanacheDisclosureRequests(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(DisclosureRequest request) {
        repository.persist(DisclosureRequestEntity.from(request));
    }

    @Override
    public void decide(DisclosureRequest decided) {
        DisclosureRequestEntity entity = repository
                .find(
                        "id = ?1 and organisationId = ?2 and outcome is null",
                        decided.id().value(),
                        decided.organisationId().value())
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() ->
                        new RuleViolation("feedback-disclosure-decided", "this request was decided meanwhile", "?"));
        entity.apply(decided);
    }

    @Override
    public Optional<DisclosureRequest> find(
            OrganisationId organisationId, FeedbackItemId itemId, DisclosureRequestId id) {
        return repository
                .find(
                        "id = ?1 and organisationId = ?2 and feedbackItemId = ?3",
                        id.value(),
                        organisationId.value(),
                        itemId.value())
                .firstResultOptional()
                .map(DisclosureRequestEntity::toDomain);
    }

    @Override
    public Page<DisclosureRequest> pending(OrganisationId organisationId, PageRequest page) {
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        String query = Keyset.after(
                "from DisclosureRequestEntity r where r.organisationId = :organisation and r.outcome is null",
                page,
                parameters,
                false,
                "r.id");
        return Keyset.page(
                repository
                        .find(query + " order by r.id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                DisclosureRequestEntity::toDomain,
                request -> request.id().value());
    }

    @Override
    public List<DisclosureRequest> pendingIn(Collection<OrganisationId> organisations, int limit) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        InList ids = InList.anyLength(
                "organisation",
                organisations.stream().map(OrganisationId::value).toList());
        return ids
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from DisclosureRequestEntity where organisationId in " + ids.parameters()
                                        + " and outcome is null order by requestedAt, id",
                                DisclosureRequestEntity.class))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(DisclosureRequestEntity::toDomain)
                .toList();
    }

    @Override
    public boolean grantedTo(OrganisationId organisationId, FeedbackItemId itemId, MemberId member) {
        return repository.count(
                        "organisationId = ?1 and feedbackItemId = ?2 and requestedBy = ?3 and outcome = ?4",
                        organisationId.value(),
                        itemId.value(),
                        member.value(),
                        DisclosureOutcome.GRANTED)
                > 0;
    }

    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<DisclosureRequestEntity, UUID> {}
}
