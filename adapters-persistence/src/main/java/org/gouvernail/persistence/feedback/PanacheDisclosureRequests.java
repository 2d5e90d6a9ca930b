package org.gouvernail.persistence.feedback;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.feedback.DisclosureOutcome;
import org.gouvernail.domain.feedback.DisclosureRequest;
import org.gouvernail.domain.feedback.DisclosureRequestId;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.feedback.port.out.DisclosureRequests;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

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
