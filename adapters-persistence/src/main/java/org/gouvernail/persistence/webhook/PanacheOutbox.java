package org.gouvernail.persistence.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.webhook.OutboxEntry;
import org.gouvernail.domain.webhook.PublicEvent;
import org.gouvernail.domain.webhook.port.out.Outbox;
import org.gouvernail.persistence.shared.InList;

/** Persistence adapter: the transactional outbox in MariaDB (table outbox_event). */
@ApplicationScoped
public class PanacheOutbox implements Outbox {

    private final Repository repository;

    PanacheOutbox(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void append(OutboxEntry entry, boolean fannedOut) {
        PublicEvent event = entry.event();
        OutboxEventEntity entity = new OutboxEventEntity();
        entity.id = event.id();
        entity.organisationId = event.organisationId().value();
        entity.type = event.type();
        entity.version = event.version();
        entity.occurredAt = event.occurredAt();
        entity.subjectType = event.subjectType();
        entity.subjectId = event.subjectId();
        entity.body = entry.body();
        entity.fannedOut = fannedOut;
        repository.persist(entity);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<OutboxEntry> claimToFanOut(int limit) {
        // A plain read picks the candidates, then they are locked by primary key, which takes record
        // locks only. One locking scan of (fanned_out, id) with a LIMIT would, under REPEATABLE READ,
        // also lock the gap after the last event not fanned out, which is where every new event is
        // inserted: each writer's transaction would wait for the dispatcher's (issue 11, writers' p99).
        // typed (String.class): an untyped native result makes Hibernate resolve the column's type at every
        // execution, which throws and catches an exception each time (about 20 a second while writers write)
        List<String> candidates = repository
                .getEntityManager()
                .createNativeQuery(
                        "SELECT id FROM outbox_event WHERE fanned_out = FALSE ORDER BY id LIMIT " + Math.max(1, limit),
                        String.class)
                .getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        // a row another dispatcher holds is skipped; one it fanned out meanwhile no longer matches
        List<String> ids = repository
                .getEntityManager()
                .createNativeQuery(
                        "SELECT id FROM outbox_event FORCE INDEX (PRIMARY) WHERE id IN (?1)"
                                + " AND fanned_out = FALSE ORDER BY id FOR UPDATE SKIP LOCKED",
                        String.class)
                .setParameter(1, candidates)
                .getResultList();
        return byIds(ids.stream().map(UUID::fromString).toList());
    }

    @Override
    public int purgeBefore(Instant cutoff, int limit) {
        return repository
                .getEntityManager()
                .createNativeQuery("DELETE FROM outbox_event WHERE occurred_at < ?1 AND fanned_out"
                        + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = outbox_event.id)"
                        + " LIMIT " + Math.max(1, limit))
                .setParameter(1, cutoff)
                .executeUpdate();
    }

    @Override
    public void markFannedOut(Collection<UUID> eventIds) {
        if (!eventIds.isEmpty()) {
            // no InList for an update: Hibernate 7.2 builds an update's plan at every execution, whatever its
            // parameters
            repository.update("fannedOut = true where id in ?1", List.copyOf(eventIds));
        }
    }

    @Override
    public Optional<OutboxEntry> find(OrganisationId organisationId, UUID eventId) {
        return repository
                .find("id = ?1 and organisationId = ?2", eventId, organisationId.value())
                .firstResultOptional()
                .map(PanacheOutbox::entry);
    }

    @Override
    public List<OutboxEntry> between(OrganisationId organisationId, Instant from, Instant to, int limit) {
        return repository
                .find(
                        "organisationId = ?1 and occurredAt >= ?2 and occurredAt < ?3 order by occurredAt, id",
                        organisationId.value(),
                        from,
                        to)
                .page(0, limit)
                .list()
                .stream()
                .map(PanacheOutbox::entry)
                .toList();
    }

    @Override
    public List<OutboxEntry> byIds(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        InList ids = InList.anyLength("id", eventIds);
        return ids
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from OutboxEventEntity where id in " + ids.parameters() + " order by id",
                                OutboxEventEntity.class))
                .getResultList()
                .stream()
                .map(PanacheOutbox::entry)
                .toList();
    }

    /** The entry as stored; the links live in the body, which is what every delivery sends. */
    private static OutboxEntry entry(OutboxEventEntity entity) {
        return new OutboxEntry(
                new PublicEvent(
                        entity.id,
                        entity.type,
                        entity.version,
                        new OrganisationId(entity.organisationId),
                        entity.occurredAt,
                        entity.subjectType,
                        entity.subjectId,
                        java.util.Map.of()),
                entity.body);
    }

    /** The Panache repository of the rows, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<OutboxEventEntity, UUID> {}
}
