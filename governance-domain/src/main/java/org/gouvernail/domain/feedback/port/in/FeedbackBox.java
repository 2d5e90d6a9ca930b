package org.gouvernail.domain.feedback.port.in;

import java.util.Optional;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackFilter;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.Receipt;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Use cases: the feedback box. Every active member submits, identified, confidential or
 * anonymous; the handlers ({@link org.gouvernail.domain.organisation.Role#FEEDBACK_HANDLERS}: the
 * persons of trust and the data referents) read and handle the items; an author reads their own
 * identified or confidential items; an anonymous reporter follows theirs with the receipt only.
 */
public interface FeedbackBox {

    /** An item and whether its reader handles feedback (who may see a confidential author). */
    record Seen(FeedbackItem item, boolean byHandler, String authorName) {}

    /** An anonymous item and its receipt, present when asked for: shown this once, never again. */
    record Submitted(FeedbackItem item, Optional<Receipt> receipt) {}

    /** IDENTIFIED or CONFIDENTIAL; the PAPER channel is a handler's transcription. */
    FeedbackItem submit(Caller caller, OrganisationId organisationId, FeedbackDraft draft, IdentityMode mode);

    /**
     * Stores no trace of the caller: their membership is only read to check that they belong to
     * the organisation; no invitation is accepted on the way, nothing names them in the audit trail.
     */
    Submitted submitAnonymously(Caller caller, OrganisationId organisationId, FeedbackDraft draft, boolean receipt);

    /** Handlers: the released items. */
    Page<FeedbackItem> items(Caller caller, OrganisationId organisationId, FeedbackFilter filter, PageRequest page);

    /** The caller's own identified and confidential items. */
    Page<FeedbackItem> mine(Caller caller, OrganisationId organisationId, PageRequest page);

    Seen item(Caller caller, OrganisationId organisationId, FeedbackItemId itemId);

    FeedbackItem acknowledge(Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion);

    FeedbackItem triage(Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion);

    FeedbackItem planAction(Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion);

    FeedbackItem close(
            Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion, String answer);

    FeedbackItem dismiss(
            Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion, String reason);

    /** A handler's message, or the author's on their own identified or confidential item; no If-Match: adding overwrites nothing. */
    FeedbackItem write(Caller caller, OrganisationId organisationId, FeedbackItemId itemId, String text);

    /** The item of this receipt, for its reporter, without an account. */
    FeedbackItem followByReceipt(OrganisationId organisationId, Receipt receipt);

    /** The reporter's message through the receipt. */
    FeedbackItem writeByReceipt(OrganisationId organisationId, Receipt receipt, String text);
}
