package org.gouvernail.domain.feedback;

import java.util.UUID;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Domain events of the feedback box. They carry the item's id and kind and the facts of the
 * change, never its text nor anything about its reporter, since notifications about anonymous
 * items may say no more than that.
 */
public sealed interface FeedbackEvent extends DomainEvent {

    FeedbackItemId itemId();

    FeedbackKind kind();

    @Override
    default String subjectType() {
        return "FEEDBACK_ITEM";
    }

    @Override
    default UUID subjectId() {
        return itemId().value();
    }

    record FeedbackSubmitted(
            OrganisationId organisationId,
            FeedbackItemId itemId,
            FeedbackKind kind,
            AboutKind about,
            IdentityMode identityMode,
            Channel channel,
            boolean withReceipt)
            implements FeedbackEvent {

        @Override
        public String action() {
            return "feedback.submitted";
        }

        @Override
        public String summary() {
            return "kind: " + kind + "; about: " + about + "; identityMode: " + identityMode + "; channel: " + channel
                    + (withReceipt ? "; receipt: yes" : "");
        }
    }

    /** Moved along its life cycle; the action names the target status. */
    record FeedbackStatusChanged(
            OrganisationId organisationId,
            FeedbackItemId itemId,
            FeedbackKind kind,
            FeedbackStatus before,
            FeedbackStatus after)
            implements FeedbackEvent {

        @Override
        public String action() {
            return switch (after) {
                case RECEIVED -> "feedback.received";
                case ACKNOWLEDGED -> "feedback.acknowledged";
                case TRIAGED -> "feedback.triaged";
                case ACTION_PLANNED -> "feedback.action-planned";
                case CLOSED -> "feedback.closed";
                case DISMISSED -> "feedback.dismissed";
            };
        }

        @Override
        public String summary() {
            return "status: " + before + " → " + after;
        }
    }

    /** A message of the conversation; its text stays in the item. */
    record FeedbackMessageAdded(
            OrganisationId organisationId, FeedbackItemId itemId, FeedbackKind kind, MessageAuthor from, int messages)
            implements FeedbackEvent {

        @Override
        public String action() {
            return "feedback.message-added";
        }

        @Override
        public String summary() {
            return "from: " + from + "; messages: " + messages;
        }
    }

    /** A follow-up linked: a risk raised or a policy version drafted or joined because of the item. */
    record FollowUpLinked(OrganisationId organisationId, FeedbackItemId itemId, FeedbackKind kind, FollowUp followUp)
            implements FeedbackEvent {

        @Override
        public String action() {
            return "feedback.follow-up-linked";
        }

        @Override
        public String summary() {
            return "followUp: " + followUp.kind() + " " + followUp.targetId()
                    + (followUp.policyVersion() == null ? "" : "; version: " + followUp.policyVersion());
        }
    }

    /** A member asked to learn who wrote a confidential item; the summary never names the author. */
    record DisclosureRequested(
            OrganisationId organisationId, FeedbackItemId itemId, FeedbackKind kind, DisclosureRequestId requestId)
            implements FeedbackEvent {

        @Override
        public String action() {
            return "feedback.disclosure-requested";
        }

        @Override
        public String summary() {
            return "disclosureRequest: " + requestId;
        }
    }

    /** A custodian decided a disclosure request; the summary never names the author. */
    record DisclosureDecided(
            OrganisationId organisationId,
            FeedbackItemId itemId,
            FeedbackKind kind,
            DisclosureRequestId requestId,
            DisclosureOutcome outcome)
            implements FeedbackEvent {

        @Override
        public String action() {
            return "feedback.disclosure-decided";
        }

        @Override
        public String summary() {
            return "disclosureRequest: " + requestId + "; outcome: " + outcome;
        }
    }
}
