package org.gouvernail.domain.webhook.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.webhook.Delivery;
import org.gouvernail.domain.webhook.DeliveryAttempt;
import org.gouvernail.domain.webhook.EndpointId;

/** Out-port: the deliveries of public events to endpoints, and their log. */
public interface Deliveries {

    void schedule(List<Delivery> deliveries);

    /** Deletes at most {@code limit} deliveries created before {@code cutoff}, with their attempts; returns how many went. */
    int purgeBefore(Instant cutoff, int limit);

    /**
     * Claims due PENDING deliveries of ACTIVE endpoints for one sender: in the caller's (short)
     * transaction, locks them with {@code FOR UPDATE SKIP LOCKED}, stamps them with {@code claim} and
     * moves their due time to {@code leaseUntil}, so that another instance neither takes them now nor
     * loses them if this one dies: after the lease they are due again.
     */
    List<Delivery> claim(Instant now, Instant leaseUntil, String claim, int limit);

    /**
     * Records the outcome of one attempt, only if the delivery still carries {@code claim} (a sender
     * whose lease ran out does not overwrite another's result); false when it did not.
     */
    boolean complete(UUID deliveryId, String claim, DeliveryAttempt attempt, Optional<Instant> retryAt, boolean failed);

    Page<Delivery> list(OrganisationId organisationId, EndpointId endpointId, PageRequest page);

    Optional<Delivery> find(OrganisationId organisationId, EndpointId endpointId, UUID deliveryId);

    /** The log of an endpoint, newest attempt first. */
    Page<DeliveryAttempt> attempts(OrganisationId organisationId, EndpointId endpointId, PageRequest page);
}
