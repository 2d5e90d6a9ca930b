package org.gouvernail.persistence.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.webhook.Delivery;
import org.gouvernail.domain.webhook.DeliveryAttempt;
import org.gouvernail.domain.webhook.DeliveryState;
import org.gouvernail.domain.webhook.EndpointId;
import org.gouvernail.domain.webhook.port.out.Deliveries;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;

/**
 * Persistence adapter: deliveries and their log in MariaDB. The claim is the one place where
 * several instances meet: {@code FOR UPDATE SKIP LOCKED} (MariaDB 10.6+) lets each take rows the
 * others do not hold, and the lease in next_attempt_at returns a claimed row to the pool if its
 * sender dies.
 */
@ApplicationScoped
public class PanacheDeliveries implements Deliveries {

    private final Repository repository;
    private final AttemptRepository attempts;

    PanacheDeliveries(Repository repository, AttemptRepository attempts) {
        this.repository = repository;
        this.attempts = attempts;
    }

    @Override
    public void schedule(List<Delivery> deliveries) {
        deliveries.forEach(delivery -> repository.persist(WebhookDeliveryEntity.from(delivery)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Delivery> claim(Instant now, Instant leaseUntil, String claim, int limit) {
        // typed (String.class): an untyped native result costs a thrown exception per execution (PanacheOutbox)
        List<String> ids = repository
                .getEntityManager()
                .createNativeQuery(
                        "SELECT d.id FROM webhook_delivery d WHERE d.state = 'PENDING'"
                                + " AND d.next_attempt_at <= ?1 AND EXISTS (SELECT 1 FROM webhook_endpoint e"
                                + " WHERE e.id = d.endpoint_id AND e.status = 'ACTIVE')"
                                + " ORDER BY d.next_attempt_at LIMIT " + Math.max(1, limit) + " FOR UPDATE SKIP LOCKED",
                        String.class)
                .setParameter(1, now)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> claimed = ids.stream().map(UUID::fromString).toList();
        // no InList for an update: Hibernate 7.2 builds an update's plan at every execution, whatever its parameters
        repository.update("claim = ?1, nextAttemptAt = ?2 where id in ?3", claim, leaseUntil, claimed);
        InList batch = InList.anyLength("id", claimed);
        return batch
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from WebhookDeliveryEntity where id in " + batch.parameters(),
                                WebhookDeliveryEntity.class))
                .getResultList()
                .stream()
                .map(WebhookDeliveryEntity::toDomain)
                .toList();
    }

    @Override
    public int purgeBefore(Instant cutoff, int limit) {
        // the attempts go with their delivery (ON DELETE CASCADE)
        return repository
                .getEntityManager()
                .createNativeQuery("DELETE FROM webhook_delivery WHERE created_at < ?1 LIMIT " + Math.max(1, limit))
                .setParameter(1, cutoff)
                .executeUpdate();
    }

    @Override
    public boolean complete(
            UUID deliveryId, String claim, DeliveryAttempt attempt, Optional<Instant> retryAt, boolean failed) {
        DeliveryState state = attempt.succeeded()
                ? DeliveryState.SUCCEEDED
                : failed || retryAt.isEmpty() ? DeliveryState.FAILED : DeliveryState.PENDING;
        int updated = repository.update(
                "state = ?1, attempts = attempts + 1, nextAttemptAt = ?2, lastStatus = ?3, claim = null"
                        + " where id = ?4 and claim = ?5",
                state,
                retryAt.orElse(attempt.at()),
                attempt.status(),
                deliveryId,
                claim);
        if (updated == 0) {
            return false;
        }
        WebhookDeliveryEntity delivery = repository.findById(deliveryId);
        WebhookAttemptEntity entity = new WebhookAttemptEntity();
        entity.id = attempt.id();
        entity.organisationId = delivery.organisationId;
        entity.endpointId = delivery.endpointId;
        entity.deliveryId = deliveryId;
        entity.eventId = attempt.eventId();
        entity.eventType = attempt.eventType();
        entity.attempt = attempt.attempt();
        entity.at = attempt.at();
        entity.status = attempt.status();
        entity.durationMillis = attempt.durationMillis();
        entity.error = attempt.error();
        entity.response = attempt.response();
        attempts.persist(entity);
        return true;
    }

    @Override
    public Page<Delivery> list(OrganisationId organisationId, EndpointId endpointId, PageRequest page) {
        Parameters parameters =
                Parameters.with("organisation", organisationId.value()).and("endpoint", endpointId.value());
        String query =
                Keyset.after("organisationId = :organisation and endpointId = :endpoint", page, parameters, true);
        return Keyset.page(
                repository
                        .find(query + " order by id desc", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                WebhookDeliveryEntity::toDomain,
                Delivery::id);
    }

    @Override
    public Optional<Delivery> find(OrganisationId organisationId, EndpointId endpointId, UUID deliveryId) {
        return repository
                .find(
                        "id = ?1 and organisationId = ?2 and endpointId = ?3",
                        deliveryId,
                        organisationId.value(),
                        endpointId.value())
                .firstResultOptional()
                .map(WebhookDeliveryEntity::toDomain);
    }

    @Override
    public Page<DeliveryAttempt> attempts(OrganisationId organisationId, EndpointId endpointId, PageRequest page) {
        Parameters parameters =
                Parameters.with("organisation", organisationId.value()).and("endpoint", endpointId.value());
        String query =
                Keyset.after("organisationId = :organisation and endpointId = :endpoint", page, parameters, true);
        return Keyset.page(
                attempts.find(query + " order by id desc", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                WebhookAttemptEntity::toDomain,
                DeliveryAttempt::id);
    }

    /** The Panache repository of the deliveries, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<WebhookDeliveryEntity, UUID> {}

    /** The Panache repository of the attempts, kept inside the adapter. */
    @ApplicationScoped
    static class AttemptRepository implements PanacheRepositoryBase<WebhookAttemptEntity, UUID> {}
}
