package org.gouvernail.domain.feedback;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: a member's request to learn who wrote a CONFIDENTIAL item, and a custodian's decision
 * on it. Its rules:
 * <ul>
 * <li>only a CONFIDENTIAL item has an identity to disclose (an IDENTIFIED one shows it, an ANONYMOUS
 * one has none);</li>
 * <li>the request and the decision each carry a written reason; both are recorded with who and when
 * (GDPR art. 5(2) accountability; the identity of a reporter is protected as in Directive (EU)
 * 2019/1937 art. 16);</li>
 * <li>it is decided once, and never by its requester;</li>
 * <li>only a GRANTED request shows the identity, to its requester only.</li>
 * </ul>
 */
public record DisclosureRequest(
        DisclosureRequestId id,
        OrganisationId organisationId,
        FeedbackItemId itemId,
        MemberId requestedBy,
        String reason,
        Instant requestedAt,
        DisclosureOutcome outcome,
        MemberId decidedBy,
        String decisionReason,
        Instant decidedAt) {

    public DisclosureRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if ((outcome == null) != (decidedBy == null) || (outcome == null) != (decidedAt == null)) {
            throw new IllegalArgumentException("a decision has its outcome, its custodian and its time");
        }
    }

    /** A request about {@code item}; refused unless the item is CONFIDENTIAL. */
    public static DisclosureRequest file(
            DisclosureRequestId id, FeedbackItem item, MemberId requester, String reason, Instant now) {
        if (item.identityMode() != IdentityMode.CONFIDENTIAL) {
            throw new RuleViolation(
                    "feedback-disclosure-not-confidential",
                    "only a CONFIDENTIAL item has an identity to disclose; this one is " + item.identityMode(),
                    item.identityMode());
        }
        String checked = Check.text("reason", Check.present("reason", reason), Check.SHORT_TEXT_LENGTH);
        return new DisclosureRequest(
                id, item.organisationId(), item.id(), requester, checked, requestedAt(now), null, null, null, null);
    }

    /** The custodian's decision, once, never by the requester. */
    public DisclosureRequest decide(MemberId custodian, DisclosureOutcome decided, String why, Instant now) {
        Objects.requireNonNull(custodian, "custodian");
        Objects.requireNonNull(decided, "outcome");
        if (outcome != null) {
            throw new RuleViolation(
                    "feedback-disclosure-decided", "this request was already decided: " + outcome, outcome);
        }
        if (requestedBy.equals(custodian)) {
            throw new RuleViolation("feedback-disclosure-own-request", "a request is never decided by its requester");
        }
        String checked = Check.text("reason", Check.present("reason", why), Check.SHORT_TEXT_LENGTH);
        return new DisclosureRequest(
                id, organisationId, itemId, requestedBy, reason, requestedAt, decided, custodian, checked, now);
    }

    public boolean grantsTo(MemberId member) {
        return outcome == DisclosureOutcome.GRANTED && requestedBy.equals(member);
    }

    private static Instant requestedAt(Instant now) {
        return Objects.requireNonNull(now, "now");
    }
}
