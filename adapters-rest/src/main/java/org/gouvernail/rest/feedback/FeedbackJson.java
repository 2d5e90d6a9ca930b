package org.gouvernail.rest.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.communication.CommunicationPlanId;
import org.gouvernail.domain.feedback.About;
import org.gouvernail.domain.feedback.AboutKind;
import org.gouvernail.domain.feedback.Channel;
import org.gouvernail.domain.feedback.DigestOutcome;
import org.gouvernail.domain.feedback.DisclosureOutcome;
import org.gouvernail.domain.feedback.DisclosureRequest;
import org.gouvernail.domain.feedback.FeedbackDigest;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.FeedbackMessage;
import org.gouvernail.domain.feedback.FeedbackStatus;
import org.gouvernail.domain.feedback.FollowUp;
import org.gouvernail.domain.feedback.FollowUpKind;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.LedTo;
import org.gouvernail.domain.feedback.MessageAuthor;
import org.gouvernail.domain.feedback.Receipt;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.FollowUpRequest;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.FollowUpRequest.AgendaEntry;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.FollowUpRequest.CommunicationAnswer;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.FollowUpRequest.NewIncident;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.FollowUpRequest.NewRisk;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.FollowUpRequest.PolicyRevision;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.FollowUpRequest.TrainingNeed;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.Followed;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.Linked;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.risk.RiskCategory;
import org.gouvernail.domain.risk.RiskDraft;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.rest.communication.CommunicationJson;
import org.gouvernail.rest.incident.IncidentJson;

/** JSON shapes of the feedback box and of the receipt's follow-up. */
final class FeedbackJson {

    private FeedbackJson() {}

    @Schema(
            name = "FeedbackAbout",
            description =
                    "What the item is about: a tool, a use case or a training module by its id; a policy rule "
                            + "by its policy id, the version number and optionally the rule as the policy check names it; NOTHING.")
    record AboutJson(
            @NotNull @Schema(maxLength = 20) AboutKind kind,
            @Schema(nullable = true, maxLength = 36) UUID subjectId,

            @Min(1) @Max(10000) @Schema(nullable = true, minimum = "1", maximum = "10000")
            Integer policyVersion,

            @Size(max = About.RULE_LENGTH) @Schema(nullable = true)
            String rule) {

        About toDomain() {
            return new About(kind, subjectId, policyVersion, rule);
        }

        static AboutJson from(About about) {
            return new AboutJson(about.kind(), about.subjectId(), about.policyVersion(), about.rule());
        }
    }

    @Schema(
            name = "FeedbackSubmission",
            description =
                    "An item written under one's identity: IDENTIFIED (the author is known to whoever follows it) "
                            + "or CONFIDENTIAL (the author is shown to the handlers only). Anonymous items go to …/feedback/anonymous.")
    record Submission(
            @NotNull @Schema(maxLength = 20) FeedbackKind kind,
            @Valid @Schema(nullable = true) AboutJson about,

            @NotBlank @Size(max = 2000) @Schema(examples = "Le traducteur automatique inverse le sens des négations.")
            String text,

            @Schema(
                    nullable = true,
                    maxLength = 10,
                    description = "APP (default), INTRANET, or PAPER (a handler's transcription)")
            Channel channel,

            @NotNull @Schema(maxLength = 15, description = "IDENTIFIED or CONFIDENTIAL")
            IdentityMode identityMode,

            @Schema(
                    nullable = true,
                    defaultValue = "false",
                    description = "The text may be quoted, without any identity, in the members' digest")
            Boolean quoteConsent) {

        FeedbackDraft draft() {
            return new FeedbackDraft(
                    kind, about == null ? null : about.toDomain(), text, channel, Boolean.TRUE.equals(quoteConsent));
        }
    }

    @Schema(
            name = "AnonymousFeedbackSubmission",
            description =
                    "An anonymous item: nothing about the sender is stored. With receipt true the answer carries a "
                            + "16-digit receipt, shown this once, to follow the item without an account.")
    record AnonymousSubmission(
            @NotNull @Schema(maxLength = 20) FeedbackKind kind,
            @Valid @Schema(nullable = true) AboutJson about,
            @NotBlank @Size(max = 2000) String text,

            @Schema(nullable = true, maxLength = 10, description = "APP (default) or INTRANET")
            Channel channel,

            @Schema(nullable = true, defaultValue = "false") Boolean receipt,

            @Schema(
                    nullable = true,
                    defaultValue = "false",
                    description = "The text may be quoted, without any identity, in the members' digest")
            Boolean quoteConsent) {

        FeedbackDraft draft() {
            return new FeedbackDraft(
                    kind, about == null ? null : about.toDomain(), text, channel, Boolean.TRUE.equals(quoteConsent));
        }

        boolean wantsReceipt() {
            return receipt != null && receipt;
        }
    }

    @Schema(name = "FeedbackClosing", description = "The answer the reporter reads")
    record Closing(@NotBlank @Size(max = 2000) String answer) {}

    @Schema(name = "FeedbackDismissal", description = "Why the item calls for no action")
    record Dismissal(@NotBlank @Size(max = 2000) String reason) {}

    @Schema(name = "FeedbackDisclosureRequestInput")
    record DisclosureRequestInput(
            @NotBlank @Size(max = 2000) @Schema(description = "Why the author must be known")
            String reason) {}

    @Schema(name = "FeedbackDisclosureDecisionInput")
    record DisclosureDecisionInput(
            @NotNull DisclosureOutcome outcome,

            @NotBlank @Size(max = 2000) @Schema(description = "Why granted or refused")
            String reason) {}

    @Schema(
            name = "FeedbackDisclosureRequest",
            description = "A request to disclose the author of a CONFIDENTIAL item; it never holds that author")
    record DisclosureView(
            UUID id,
            UUID itemId,
            UUID requestedBy,
            String reason,
            Instant requestedAt,
            @Schema(nullable = true) DisclosureOutcome outcome,
            @Schema(nullable = true) UUID decidedBy,
            @Schema(nullable = true) String decisionReason,
            @Schema(nullable = true) Instant decidedAt) {

        static DisclosureView from(DisclosureRequest request) {
            return new DisclosureView(
                    request.id().value(),
                    request.itemId().value(),
                    request.requestedBy().value(),
                    request.reason(),
                    request.requestedAt(),
                    request.outcome(),
                    request.decidedBy() == null ? null : request.decidedBy().value(),
                    request.decisionReason(),
                    request.decidedAt());
        }
    }

    @Schema(name = "FeedbackMessageInput")
    record MessageInput(@NotBlank @Size(max = 2000) String text) {}

    @Schema(
            name = "FeedbackReceiptRequest",
            description = "The receipt, in the body: never in a URL, which proxies log")
    record ReceiptRequest(
            @NotBlank @Size(max = 40) @Schema(examples = "4821 0937 5566 1208")
            String receipt) {

        Receipt value() {
            return Receipt.typed(receipt);
        }
    }

    @Schema(name = "FeedbackReceiptMessage")
    record ReceiptMessage(
            @NotBlank @Size(max = 40) String receipt,
            @NotBlank @Size(max = 2000) String text) {}

    @Schema(name = "FeedbackMessage")
    record MessageView(
            MessageAuthor from,

            @Schema(nullable = true, description = "The handler who wrote it; never shown through a receipt")
            UUID handlerId,

            String text,
            LocalDate writtenOn) {

        static MessageView from(FeedbackMessage message, boolean withHandler) {
            return new MessageView(
                    message.author(),
                    withHandler && message.handler() != null ? message.handler().value() : null,
                    message.text(),
                    message.writtenOn());
        }
    }

    @Schema(name = "FeedbackAuthor", description = "Shown to the handlers, and to the author on their own item")
    record AuthorView(
            UUID memberId, @Schema(nullable = true) String name) {}

    @Schema(name = "FeedbackItem")
    record View(
            UUID id,
            FeedbackKind kind,
            AboutJson about,
            String text,
            Channel channel,
            IdentityMode identityMode,
            @Schema(nullable = true) AuthorView author,

            @Schema(description = "Day of receipt (UTC); no finer time is kept")
            LocalDate receivedOn,

            FeedbackStatus status,
            @Schema(description = "7 days after receipt") LocalDate acknowledgeBy,

            @Schema(description = "3 months after the acknowledgement (or after the 7 days)")
            LocalDate answerBy,

            @Schema(description = "The running deadline has passed")
            boolean late,

            @Schema(nullable = true) LocalDate acknowledgedOn,
            @Schema(nullable = true) LocalDate settledOn,
            @Schema(nullable = true) String answer,
            @Schema(nullable = true) String dismissReason,

            @Schema(description = "An anonymous reporter holds a receipt")
            boolean withReceipt,

            @Schema(description = "The reporter agreed that the text be quoted in the members' digest")
            boolean quoteConsent,

            @Schema(maxItems = FeedbackItem.MAX_MESSAGES) List<MessageView> messages,
            @Schema(maxItems = FeedbackItem.MAX_FOLLOW_UPS) List<FollowUpView> followUps,

            @Schema(
                    maxItems = FeedbackItem.MAX_FOLLOW_UPS,
                    description = "The loop: published policy versions this item led to")
            List<LedToView> ledTo) {

        static View from(FeedbackItem item, AuthorView author, LocalDate today) {
            return from(item, author, List.of(), today);
        }

        static View from(FeedbackItem item, AuthorView author, List<LedTo> ledTo, LocalDate today) {
            return new View(
                    item.id().value(),
                    item.kind(),
                    AboutJson.from(item.about()),
                    item.text(),
                    item.channel(),
                    item.identityMode(),
                    author,
                    item.receivedOn(),
                    item.status(),
                    item.acknowledgeBy(),
                    item.answerBy(),
                    item.lateOn(today),
                    item.acknowledgedOn(),
                    item.settledOn(),
                    item.answer(),
                    item.dismissReason(),
                    item.receiptHash() != null,
                    item.quoteConsent(),
                    item.messages().stream().map(m -> MessageView.from(m, true)).toList(),
                    item.followUps().stream().map(FollowUpView::from).toList(),
                    ledTo.stream().map(LedToView::from).toList());
        }
    }

    @Schema(name = "FeedbackFollowUp", description = "What the item caused, linked both ways")
    record FollowUpView(
            FollowUpKind kind,

            @Schema(
                    description =
                            "The risk, the policy, the module, the meeting, the incident or the communication action")
            UUID targetId,

            @Schema(nullable = true, description = "The policy version's number")
            Integer policyVersion,

            @Schema(nullable = true, description = "The change note; it cites the item by id and kind")
            String note,

            LocalDate linkedOn,

            @Schema(nullable = true, description = "COMMUNICATION: the plan of the action (targetId)")
            UUID parentId) {

        static FollowUpView from(FollowUp followUp) {
            return new FollowUpView(
                    followUp.kind(),
                    followUp.targetId(),
                    followUp.policyVersion(),
                    followUp.note(),
                    followUp.linkedOn(),
                    followUp.parentId());
        }
    }

    @Schema(
            name = "FeedbackLedTo",
            description = "Your feedback led to version {version} of {policyTitle}, published at {publishedAt}")
    record LedToView(UUID policyId, @Schema(nullable = true) String policyTitle, int version, Instant publishedAt) {

        static LedToView from(LedTo led) {
            return new LedToView(led.policyId(), led.policyTitle(), led.number(), led.publishedAt());
        }
    }

    @Schema(
            name = "FeedbackFollowUpRequest",
            description = "RISK: raise a new risk (risk required, with the caller's rights in the risk register). "
                    + "POLICY_REVISION: join the policy's open version or open a draft (policyId required, note optional), "
                    + "with a change note citing the item. TRAINING_NEED: the training module that answers the need "
                    + "(moduleId required, note: what is needed). AGENDA_ITEM: an item on the agenda of the committee's next "
                    + "meeting (title required; the agenda cites the item by id and kind, never its text). INCIDENT: open an "
                    + "incident from the item (incident required, with the caller's rights in the incident log). "
                    + "COMMUNICATION: plan a communication action in a plan (planId and communication required, with the "
                    + "caller's rights in the plan).")
    record FollowUpRequestJson(
            @NotNull @Schema(maxLength = 20) FollowUpKind kind,
            @Valid @Schema(nullable = true) RiskInput risk,
            @Schema(nullable = true, maxLength = 36) UUID policyId,
            @Size(max = 1000) @Schema(nullable = true) String note,

            @Schema(nullable = true, maxLength = 36, description = "TRAINING_NEED: the module")
            UUID moduleId,

            @Size(max = 140)
            @Schema(nullable = true, description = "AGENDA_ITEM: the agenda item's title, after the item's id and kind")
            String title,

            @Valid @Schema(nullable = true, description = "INCIDENT: what is known of the incident")
            IncidentJson.Report incident,

            @Schema(nullable = true, maxLength = 36, description = "COMMUNICATION: the plan")
            UUID planId,

            @Valid @Schema(nullable = true, description = "COMMUNICATION: the action to plan")
            CommunicationJson.ActionInput communication) {

        FollowUpRequest toDomain() {
            return switch (kind) {
                case RISK -> new NewRisk(required("risk", risk).toDomain());
                case POLICY_REVISION -> new PolicyRevision(new PolicyId(required("policyId", policyId)), note);
                case TRAINING_NEED -> new TrainingNeed(new TrainingModuleId(required("moduleId", moduleId)), note);
                case AGENDA_ITEM -> new AgendaEntry(required("title", title));
                case INCIDENT -> new NewIncident(required("incident", incident).toDomain());
                case COMMUNICATION ->
                    new CommunicationAnswer(
                            new CommunicationPlanId(required("planId", planId)),
                            required("communication", communication).toDomain());
            };
        }

        private static <T> T required(String field, T value) {
            if (value == null) {
                throw new InvalidInput(field, "required", field + " is required", field);
            }
            return value;
        }
    }

    @Schema(name = "FeedbackRiskInput", description = "The risk to raise; as POST …/risks, tools and owner aside")
    record RiskInput(
            @Size(max = 10) @Schema(nullable = true, examples = "R01")
            String fromCatalogue,

            @Size(max = 200) @Schema(nullable = true) String title,
            @Size(max = 2000) @Schema(nullable = true) String description,
            @Schema(nullable = true, maxLength = 40) RiskCategory category,

            @Min(1) @Max(5) @Schema(nullable = true, minimum = "1", maximum = "5")
            Integer likelihood,

            @Min(1) @Max(5) @Schema(nullable = true, minimum = "1", maximum = "5")
            Integer severity) {

        RiskDraft toDomain() {
            return new RiskDraft(
                    fromCatalogue,
                    title,
                    description,
                    category,
                    likelihood,
                    severity,
                    null,
                    Set.of(),
                    null,
                    null,
                    true);
        }
    }

    @Schema(name = "FeedbackLink", description = "An item linked to a risk or a policy version: its id and kind only")
    record LinkView(UUID itemId, FeedbackKind kind, FollowUpView followUp) {

        static LinkView from(Linked linked) {
            return new LinkView(linked.itemId().value(), linked.kind(), FollowUpView.from(linked.followUp()));
        }
    }

    @Schema(
            name = "AnonymousFeedbackReceived",
            description =
                    "What the anonymous reporter gets back, once: the item and its receipt (null when not asked for)")
    record AnonymousReceived(
            UUID id,
            FeedbackKind kind,
            FeedbackStatus status,
            LocalDate receivedOn,

            @Schema(
                    nullable = true,
                    description = "16 digits; keep them: they are not stored and cannot be shown again")
            String receipt) {}

    @Schema(
            name = "FeedbackFollowUp",
            description =
                    "What a reporter reads through their receipt: status, deadlines, the answer and the conversation")
    record ReceiptFollowUp(
            UUID id,
            FeedbackKind kind,
            FeedbackStatus status,
            LocalDate receivedOn,
            LocalDate acknowledgeBy,
            LocalDate answerBy,
            @Schema(nullable = true) String answer,
            @Schema(nullable = true) String dismissReason,
            @Schema(maxItems = FeedbackItem.MAX_MESSAGES) List<MessageView> messages,

            @Schema(
                    maxItems = FeedbackItem.MAX_FOLLOW_UPS,
                    description = "The loop: published policy versions this item led to")
            List<LedToView> ledTo) {

        static ReceiptFollowUp from(Followed followed) {
            FeedbackItem item = followed.item();
            return new ReceiptFollowUp(
                    item.id().value(),
                    item.kind(),
                    item.status(),
                    item.receivedOn(),
                    item.acknowledgeBy(),
                    item.answerBy(),
                    item.answer(),
                    item.dismissReason(),
                    item.messages().stream()
                            .map(m -> MessageView.from(m, false))
                            .toList(),
                    followed.ledTo().stream().map(LedToView::from).toList());
        }
    }

    @Schema(
            name = "FeedbackDigest",
            description = "You said, we did: the items received in the period (an anonymous item from its release), "
                    + "counted by kind, by outcome and by what they were acted on with; the policy versions they led to; "
                    + "quotes of the items whose reporter consented, without identity, id or date.")
    record DigestView(
            LocalDate from,
            LocalDate to,
            int received,
            Map<FeedbackKind, Integer> byKind,

            @Schema(
                    description =
                            "RECEIVED (awaiting acknowledgement), ACKNOWLEDGED (heard, no follow-up), ACTED_ON, DISMISSED")
            Map<DigestOutcome, Integer> byOutcome,

            @Schema(description = "Items acted on with each kind of follow-up (an item may count under several)")
            Map<FollowUpKind, Integer> actedOnWith,

            @Schema(
                    maxItems = FeedbackDigest.MAX_REVISIONS,
                    description = "The policy versions the items led to, the most cited first")
            List<RevisionView> policyVersions,

            @Schema(maxItems = FeedbackDigest.MAX_QUOTES) List<QuoteView> quotes,
            boolean quotesTruncated) {

        static DigestView from(FeedbackDigest digest) {
            return new DigestView(
                    digest.from(),
                    digest.to(),
                    digest.received(),
                    new TreeMap<>(digest.byKind()),
                    new TreeMap<>(digest.byOutcome()),
                    new TreeMap<>(digest.actedOnWith()),
                    digest.policyVersions().stream()
                            .map(r -> new RevisionView(r.policyId(), r.version(), r.items()))
                            .toList(),
                    digest.quotes().stream()
                            .map(q -> new QuoteView(q.kind(), q.text(), q.outcome(), new TreeSet<>(q.actedOnWith())))
                            .toList(),
                    digest.quotesTruncated());
        }
    }

    @Schema(name = "FeedbackDigestRevision", description = "A policy version items of the period led to")
    record RevisionView(UUID policyId, int version, int items) {}

    @Schema(name = "FeedbackDigestQuote", description = "A consented quote: no identity, no id, no date")
    record QuoteView(
            FeedbackKind kind,
            String text,
            DigestOutcome outcome,

            @Schema(maxItems = 6, description = "The kinds of follow-up the item was acted on with")
            Set<FollowUpKind> actedOnWith) {}
}
