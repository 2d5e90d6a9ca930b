package org.gouvernail.domain.communication;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Aggregate: a communication and change plan, organisation-wide or for one initiative. Its actions
 * are aggregates of their own (each has its own life cycle and ETag); what the plan owes, the
 * consultation step, the jobs message and the coverage, is read from them by {@link PlanReview}.
 */
public record CommunicationPlan(
        CommunicationPlanId id,
        OrganisationId organisationId,
        PlanDetails details,
        MemberId createdBy,
        Instant createdAt,
        long version) {

    /** Actions one plan holds at most: its review reads them all at once. */
    public static final int MAX_ACTIONS = 200;

    public CommunicationPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static CommunicationPlan drawUp(
            CommunicationPlanId id, OrganisationId organisationId, PlanDetails details, MemberId by, Instant now) {
        return new CommunicationPlan(id, organisationId, details, by, now, 0);
    }

    public CommunicationPlan withDetails(PlanDetails changed) {
        return new CommunicationPlan(id, organisationId, changed, createdBy, createdAt, version);
    }

    public boolean ownedBy(MemberId member) {
        return details.ownerId().equals(member);
    }
}
