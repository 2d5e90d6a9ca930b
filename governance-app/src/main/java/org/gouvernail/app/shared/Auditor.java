package org.gouvernail.app.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.audit.port.out.AuditTrail;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Application helper: the one place where a domain event leaves the use case that caused it. It
 * appends the event's audit row, inside the transaction of the change, then fires the event to CDI
 * observers in the same transaction: the transactional outbox (webhooks, e-mail, reminders) will be
 * one such observer, so no event exists without its change and none is lost.
 */
@ApplicationScoped
public class Auditor {

    private final AuditTrail trail;
    private final IdGenerator ids;
    private final Clock clock;
    private final Event<DomainEvent> subscribers;

    @Inject
    public Auditor(AuditTrail trail, IdGenerator ids, Clock clock, Event<DomainEvent> subscribers) {
        this.trail = trail;
        this.ids = ids;
        this.clock = clock;
        this.subscribers = subscribers;
    }

    /** Without subscribers: services built by hand (service tests) only audit. */
    public Auditor(AuditTrail trail, IdGenerator ids, Clock clock) {
        this(trail, ids, clock, null);
    }

    public void record(Caller actor, DomainEvent event) {
        append(ids.next(), clock.instant(), actor.subject(), actor.name(), event);
    }

    /**
     * The audit row of a change whose actor must stay unknown (an anonymous or confidential
     * reporter): the actor is the word {@code actor} ("anonymous"), the time the start of
     * {@code day} (UTC) and the row's id random (UUIDv4), since a time-ordered id would give the
     * millisecond away. Observers get the event as from {@link #record(Caller, DomainEvent)}.
     */
    public void recordUnattributed(String actor, DomainEvent event, LocalDate day) {
        append(UUID.randomUUID(), day.atStartOfDay(ZoneOffset.UTC).toInstant(), actor, actor, event);
    }

    /** The audit row of the event, then the event to its observers, in the caller's transaction. */
    private void append(UUID id, Instant at, String actorSubject, String actorName, DomainEvent event) {
        trail.append(new AuditEvent(
                id,
                event.organisationId(),
                at,
                actorSubject,
                actorName,
                event.action(),
                event.subjectType(),
                event.subjectId(),
                event.summary()));
        if (subscribers != null) {
            subscribers.fire(event);
        }
    }

    /** The untyped form, for the demo data only; a change of the domain is recorded as a {@link DomainEvent}. */
    public void record(
            Caller actor,
            OrganisationId organisationId,
            String action,
            String subjectType,
            UUID subjectId,
            String summary) {
        trail.append(AuditEvent.of(
                ids.next(), organisationId, clock.instant(), actor, action, subjectType, subjectId, summary));
    }
}
