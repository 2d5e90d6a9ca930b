package org.gouvernail.domain.committee;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: a member's request (demande d'approbation) to use a tool or start a use. It queues for
 * the committee while PENDING; a decision that is not DEFERRED makes it DECIDED and the requester
 * sees the outcome; the requester may withdraw it while it is pending.
 */
public record ApprovalRequest(
        RequestId id,
        OrganisationId organisationId,
        RequestKind kind,
        UUID subjectId,
        String title,
        String description,
        RequestStatus status,
        DecisionId decisionId,
        DecisionOutcome outcome,
        MemberId requestedBy,
        long version,
        Instant createdAt) {

    public ApprovalRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Check.present("kind", kind);
        title = Check.name("title", title);
        description = Check.text("description", description, Check.SHORT_TEXT_LENGTH);
        if (kind.pointsToSubject() != (subjectId != null)) {
            throw new InvalidInput(
                    "subjectId",
                    "subject-id",
                    "a " + kind + " request " + (kind.pointsToSubject() ? "names" : "names no") + " subjectId",
                    "subjectId");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static ApprovalRequest submit(
            RequestId id,
            OrganisationId organisationId,
            RequestKind kind,
            UUID subjectId,
            String title,
            String description,
            MemberId requestedBy,
            Instant now) {
        return new ApprovalRequest(
                id,
                organisationId,
                kind,
                subjectId,
                title,
                description,
                RequestStatus.PENDING,
                null,
                null,
                requestedBy,
                0,
                now);
    }

    /** Records the decision taken on the request; DEFERRED keeps it in the queue. */
    public ApprovalRequest decide(DecisionId decision, DecisionOutcome decided) {
        requirePending();
        RequestStatus next = decided == DecisionOutcome.DEFERRED ? RequestStatus.PENDING : RequestStatus.DECIDED;
        return new ApprovalRequest(
                id,
                organisationId,
                kind,
                subjectId,
                title,
                description,
                next,
                decision,
                decided,
                requestedBy,
                version,
                createdAt);
    }

    public ApprovalRequest withdraw() {
        requirePending();
        return new ApprovalRequest(
                id,
                organisationId,
                kind,
                subjectId,
                title,
                description,
                RequestStatus.WITHDRAWN,
                decisionId,
                outcome,
                requestedBy,
                version,
                createdAt);
    }

    private void requirePending() {
        if (status != RequestStatus.PENDING) {
            throw new RuleViolation("request-not-pending", "the request is " + status, status);
        }
    }
}
