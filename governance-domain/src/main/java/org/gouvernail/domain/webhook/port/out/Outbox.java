package org.gouvernail.domain.webhook.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.webhook.OutboxEntry;

/**
 * Out-port: the transactional outbox, public events written in the transaction of their change and
 * kept so that deliveries can be replayed.
 */
public interface Outbox {

    /** Adds an event to fan out; {@code fannedOut} true for an event that names its one endpoint (a test). */
    void append(OutboxEntry entry, boolean fannedOut);

    /**
     * Events not yet fanned out, oldest first, locked until the caller's transaction ends; rows another
     * instance holds are skipped ({@code FOR UPDATE SKIP LOCKED}), so two instances never fan out the same event.
     */
    List<OutboxEntry> claimToFanOut(int limit);

    void markFannedOut(Collection<UUID> eventIds);

    Optional<OutboxEntry> find(OrganisationId organisationId, UUID eventId);

    /** The events of an organisation in [from, to), oldest first, at most {@code limit}. */
    List<OutboxEntry> between(OrganisationId organisationId, Instant from, Instant to, int limit);

    /**
     * Deletes at most {@code limit} fanned-out events that occurred before {@code cutoff} and have no
     * delivery left; returns how many went. Past the retention nothing can be replayed any more.
     */
    int purgeBefore(Instant cutoff, int limit);

    /** The bodies of these events, for the dispatcher. */
    List<OutboxEntry> byIds(Collection<UUID> eventIds);
}
