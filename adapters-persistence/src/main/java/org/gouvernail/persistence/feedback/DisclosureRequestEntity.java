package org.gouvernail.persistence.feedback;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.feedback.DisclosureOutcome;
import org.gouvernail.domain.feedback.DisclosureRequest;
import org.gouvernail.domain.feedback.DisclosureRequestId;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table feedback_disclosure_request. */
@Entity
@Table(name = "feedback_disclosure_request")
public class DisclosureRequestEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public UUID feedbackItemId;
    public UUID requestedBy;
    public String reason;
    public Instant requestedAt;

    @Enumerated(EnumType.STRING)
    public DisclosureOutcome outcome;

    public UUID decidedBy;
    public String decisionReason;
    public Instant decidedAt;

    static DisclosureRequestEntity from(DisclosureRequest request) {
        DisclosureRequestEntity entity = new DisclosureRequestEntity();
        entity.id = request.id().value();
        entity.organisationId = request.organisationId().value();
        entity.feedbackItemId = request.itemId().value();
        entity.requestedBy = request.requestedBy().value();
        entity.reason = request.reason();
        entity.requestedAt = request.requestedAt();
        entity.apply(request);
        return entity;
    }

    void apply(DisclosureRequest request) {
        outcome = request.outcome();
        decidedBy = request.decidedBy() == null ? null : request.decidedBy().value();
        decisionReason = request.decisionReason();
        decidedAt = request.decidedAt();
    }

    DisclosureRequest toDomain() {
        return new DisclosureRequest(
                new DisclosureRequestId(id),
                new OrganisationId(organisationId),
                new FeedbackItemId(feedbackItemId),
                new MemberId(requestedBy),
                reason,
                requestedAt,
                outcome,
                decidedBy == null ? null : new MemberId(decidedBy),
                decisionReason,
                decidedAt);
    }
}
