package org.gouvernail.domain.feedback.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.communication.CommunicationDetails;
import org.gouvernail.domain.communication.CommunicationPlanId;
import org.gouvernail.domain.feedback.DisclosureOutcome;
import org.gouvernail.domain.feedback.DisclosureRequest;
import org.gouvernail.domain.feedback.DisclosureRequestId;
import org.gouvernail.domain.feedback.FeedbackDigest;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackFilter;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.FollowUp;
import org.gouvernail.domain.feedback.FollowUpKind;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.LedTo;
import org.gouvernail.domain.feedback.Receipt;
import org.gouvernail.domain.incident.IncidentFacts;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.risk.RiskDraft;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.training.TrainingModuleId;

/**
 * Use cases: the feedback box. Every active member submits, identified, confidential or
 * anonymous; the handlers ({@link org.gouvernail.domain.organisation.Role#FEEDBACK_HANDLERS}: the
 * persons of trust and the data referents) read and handle the items; an author reads their own
 * identified or confidential items; an anonymous reporter follows theirs with the receipt only.
 */
public interface FeedbackBox {

    /**
     * An item, whether its reader handles feedback (who may see a confidential author), whether the
     * author is shown to this reader, and the published policy versions it led to.
     */
    record Seen(FeedbackItem item, boolean byHandler, boolean identityShown, String authorName, List<LedTo> ledTo) {}

    /** What an anonymous reporter reads through the receipt: the item and the versions it led to. */
    record Followed(FeedbackItem item, List<LedTo> ledTo) {}

    /** A follow-up asked of a handler, done in the same call as its link. */
    sealed interface FollowUpRequest {

        /** Raise a new risk in the register (with the handler's own rights there). */
        record NewRisk(RiskDraft draft) implements FollowUpRequest {}

        /** Join the policy's open version, or open a draft, with a change note citing the item. */
        record PolicyRevision(PolicyId policyId, String note) implements FollowUpRequest {}

        /** A training need: the module that answers it, and what is needed (the note). */
        record TrainingNeed(TrainingModuleId moduleId, String note) implements FollowUpRequest {}

        /** An item on the agenda of the committee's next meeting (the soonest from today on). */
        record AgendaEntry(String title) implements FollowUpRequest {}

        /** Open an incident from the item (with the handler's own rights in the incident log). */
        record NewIncident(IncidentFacts facts) implements FollowUpRequest {}

        /** A communication answer: an action planned in a plan (with the handler's own rights there). */
        record CommunicationAnswer(CommunicationPlanId planId, CommunicationDetails details)
                implements FollowUpRequest {}
    }

    /** An item linked to a risk, a policy version, a module, a meeting, an incident or a communication action: the link seen from the other side (id and kind only). */
    record Linked(FeedbackItemId itemId, FeedbackKind kind, FollowUp followUp) {}

    /** An anonymous item and its receipt, present when asked for: shown this once, never again. */
    record Submitted(FeedbackItem item, Optional<Receipt> receipt) {}

    /** IDENTIFIED or CONFIDENTIAL; the PAPER channel is a handler's transcription. */
    FeedbackItem submit(Caller caller, OrganisationId organisationId, FeedbackDraft draft, IdentityMode mode);

    /**
     * Stores no trace of the caller: their membership is only read to check that they belong to
     * the organisation; no invitation is accepted on the way, nothing names them in the audit trail.
     */
    Submitted submitAnonymously(Caller caller, OrganisationId organisationId, FeedbackDraft draft, boolean receipt);

    /**
     * The public form, without any token: the stronger option, since no identity provider saw the
     * reporter sign in. Refused as an unknown organisation while the platform does not open it.
     */
    Submitted submitPublicly(OrganisationId organisationId, FeedbackDraft draft, boolean receipt);

    /** Handlers: the released items. */
    Page<FeedbackItem> items(Caller caller, OrganisationId organisationId, FeedbackFilter filter, PageRequest page);

    /** The caller's own identified and confidential items. */
    Page<FeedbackItem> mine(Caller caller, OrganisationId organisationId, PageRequest page);

    /**
     * A handler, the author, or a governor (ADMIN, COMMITTEE) reading a confidential item: the
     * governor sees its author only after a GRANTED disclosure request of theirs.
     */
    Seen item(Caller caller, OrganisationId organisationId, FeedbackItemId itemId);

    /** A governor who is not a handler asks to learn who wrote a CONFIDENTIAL item, with a reason. */
    DisclosureRequest requestDisclosure(
            Caller caller, OrganisationId organisationId, FeedbackItemId itemId, String reason);

    /** Custodians (handlers): the disclosure requests waiting for their decision, in id order. */
    Page<DisclosureRequest> pendingDisclosures(Caller caller, OrganisationId organisationId, PageRequest page);

    /** A custodian (a handler: DATA_REFERENT or PERSON_OF_TRUST), never the requester, decides. */
    DisclosureRequest decideDisclosure(
            Caller caller,
            OrganisationId organisationId,
            FeedbackItemId itemId,
            DisclosureRequestId requestId,
            DisclosureOutcome outcome,
            String reason);

    FeedbackItem acknowledge(Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion);

    FeedbackItem triage(Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion);

    FeedbackItem planAction(Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion);

    FeedbackItem close(
            Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion, String answer);

    FeedbackItem dismiss(
            Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion, String reason);

    /** A handler's message, or the author's on their own identified or confidential item; no If-Match: adding overwrites nothing. */
    FeedbackItem write(Caller caller, OrganisationId organisationId, FeedbackItemId itemId, String text);

    /** Handlers: a follow-up and its link both ways, in one call (no If-Match: adding overwrites nothing). */
    Seen followUp(Caller caller, OrganisationId organisationId, FeedbackItemId itemId, FollowUpRequest request);

    /**
     * Any member: the items linked to this risk, or to this policy (and version, when given), or to
     * this module, meeting, incident or communication action, at most {@code limit}; the other side
     * of the follow-ups' links.
     */
    List<Linked> linkedTo(
            Caller caller, OrganisationId organisationId, FollowUpKind kind, UUID targetId, Integer version, int limit);

    /**
     * Any member: "you said, we did" over the items received from {@code from} to {@code to}
     * (inclusive; at most 366 days), with quotes of the consenting reporters only.
     */
    FeedbackDigest digest(Caller caller, OrganisationId organisationId, LocalDate from, LocalDate to);

    /** The item of this receipt, for its reporter, without an account. */
    Followed followByReceipt(OrganisationId organisationId, Receipt receipt);

    /** The reporter's message through the receipt. */
    Followed writeByReceipt(OrganisationId organisationId, Receipt receipt, String text);
}
