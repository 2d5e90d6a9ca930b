package org.gouvernail.app.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.committee.AgendaItem;
import org.gouvernail.domain.committee.CommitteeEvent.MeetingUpdated;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.communication.CommunicationAction;
import org.gouvernail.domain.communication.port.in.CommunicationPlanning;
import org.gouvernail.domain.feedback.Channel;
import org.gouvernail.domain.feedback.DisclosureOutcome;
import org.gouvernail.domain.feedback.DisclosureRequest;
import org.gouvernail.domain.feedback.DisclosureRequestId;
import org.gouvernail.domain.feedback.FeedbackDigest;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackEvent.DisclosureDecided;
import org.gouvernail.domain.feedback.FeedbackEvent.DisclosureRequested;
import org.gouvernail.domain.feedback.FeedbackEvent.FeedbackMessageAdded;
import org.gouvernail.domain.feedback.FeedbackEvent.FeedbackStatusChanged;
import org.gouvernail.domain.feedback.FeedbackEvent.FeedbackSubmitted;
import org.gouvernail.domain.feedback.FeedbackEvent.FollowUpLinked;
import org.gouvernail.domain.feedback.FeedbackFilter;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.feedback.FeedbackMessage;
import org.gouvernail.domain.feedback.FollowUp;
import org.gouvernail.domain.feedback.FollowUpKind;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.LedTo;
import org.gouvernail.domain.feedback.MessageAuthor;
import org.gouvernail.domain.feedback.Receipt;
import org.gouvernail.domain.feedback.port.in.FeedbackBox;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.FollowUpRequest.AgendaEntry;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.FollowUpRequest.CommunicationAnswer;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.FollowUpRequest.NewIncident;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.FollowUpRequest.NewRisk;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.FollowUpRequest.PolicyRevision;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.FollowUpRequest.TrainingNeed;
import org.gouvernail.domain.feedback.port.out.DisclosureRequests;
import org.gouvernail.domain.feedback.port.out.FeedbackItems;
import org.gouvernail.domain.feedback.port.out.ReceiptHasher;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.port.in.IncidentLog;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.port.in.UsagePolicies;
import org.gouvernail.domain.policy.port.in.UsagePolicies.PolicyView;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.port.in.RiskRegister;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.port.in.TrainingProgramme;

/**
 * Use case service: the feedback box, one transaction per call. The anonymous ways in (submission,
 * receipt) write nothing that names or dates the reporter finer than the day: no membership change,
 * audit rows with the actor "anonymous" through {@link Auditor#recordUnattributed}.
 */
@ApplicationScoped
public class FeedbackService implements FeedbackBox {

    /** The actor of the audit rows written for an anonymous reporter. */
    public static final String ANONYMOUS = "anonymous";
    /** The actor of the audit rows written for a confidential reporter: the audit readers are not handlers. */
    public static final String CONFIDENTIAL = "confidential";
    /** The longest period of a digest, in days after its first. */
    static final int DIGEST_DAYS = 366;

    private final FeedbackItems items;
    private final ReceiptHasher receipts;
    private final Memberships memberships;
    private final MemberAccess access;
    private final Auditor auditor;
    private final Clock clock;
    private final RiskRegister risks;
    private final UsagePolicies policies;
    private final Policies storedPolicies;
    private final PolicyVersions versions;
    private final Organisations organisations;
    private final DisclosureRequests disclosures;
    private final boolean publicForm;
    private final TrainingProgramme training;
    private final Meetings meetings;
    private final IncidentLog incidents;
    private final CommunicationPlanning communication;

    public FeedbackService(
            FeedbackItems items,
            ReceiptHasher receipts,
            Memberships memberships,
            MemberAccess access,
            Auditor auditor,
            Clock clock,
            RiskRegister risks,
            UsagePolicies policies,
            Policies storedPolicies,
            PolicyVersions versions,
            Organisations organisations,
            DisclosureRequests disclosures,
            @ConfigProperty(name = "gouvernail.feedback.public-form", defaultValue = "false") boolean publicForm,
            TrainingProgramme training,
            Meetings meetings,
            IncidentLog incidents,
            CommunicationPlanning communication) {
        this.items = items;
        this.receipts = receipts;
        this.memberships = memberships;
        this.access = access;
        this.auditor = auditor;
        this.clock = clock;
        this.risks = risks;
        this.policies = policies;
        this.storedPolicies = storedPolicies;
        this.versions = versions;
        this.organisations = organisations;
        this.disclosures = disclosures;
        this.publicForm = publicForm;
        this.training = training;
        this.meetings = meetings;
        this.incidents = incidents;
        this.communication = communication;
    }

    @Override
    @Transactional
    public FeedbackItem submit(Caller caller, OrganisationId organisationId, FeedbackDraft draft, IdentityMode mode) {
        if (mode == null || mode == IdentityMode.ANONYMOUS) {
            throw new InvalidInput(
                    "identityMode",
                    "identity-mode",
                    "IDENTIFIED or CONFIDENTIAL here; anonymous items have their own way in");
        }
        Membership author = access.member(caller, organisationId);
        if (draft.channel() == Channel.PAPER && !author.holdsAny(Role.FEEDBACK_HANDLERS)) {
            throw new Forbidden("transcribe-feedback");
        }
        FeedbackItem item =
                FeedbackItem.submit(FeedbackItemId.random(), organisationId, draft, mode, author.id(), today());
        items.add(item);
        FeedbackSubmitted event = submitted(item);
        if (mode == IdentityMode.CONFIDENTIAL) {
            auditor.recordUnattributed(CONFIDENTIAL, event, item.receivedOn());
        } else {
            auditor.record(caller, event);
        }
        return item;
    }

    @Override
    @Transactional
    public Submitted submitAnonymously(
            Caller caller, OrganisationId organisationId, FeedbackDraft draft, boolean withReceipt) {
        // read only: MemberAccess would accept a pending invitation, an audited change at this very instant
        memberships
                .findActive(organisationId, caller.subject())
                .orElseThrow(() -> new NotFound("organisation", organisationId));
        if (draft.channel() == Channel.PAPER) {
            throw new Forbidden("transcribe-feedback");
        }
        return anonymous(organisationId, draft, withReceipt);
    }

    @Override
    @Transactional
    public Submitted submitPublicly(OrganisationId organisationId, FeedbackDraft draft, boolean withReceipt) {
        if (!publicForm || organisations.find(organisationId).isEmpty()) {
            throw new NotFound("organisation", organisationId);
        }
        if (draft.channel() == Channel.PAPER) {
            throw new Forbidden("transcribe-feedback");
        }
        return anonymous(organisationId, draft, withReceipt);
    }

    private Submitted anonymous(OrganisationId organisationId, FeedbackDraft draft, boolean withReceipt) {
        Optional<Receipt> receipt = withReceipt ? Optional.of(Receipt.random()) : Optional.empty();
        String hash = receipt.map(r -> receipts.hash(organisationId, r)).orElse(null);
        FeedbackItem item =
                FeedbackItem.submitAnonymously(FeedbackItemId.random(), organisationId, draft, hash, today());
        items.add(item);
        auditor.recordUnattributed(ANONYMOUS, submitted(item), item.receivedOn());
        return new Submitted(item, receipt);
    }

    @Override
    @Transactional
    public Page<FeedbackItem> items(
            Caller caller, OrganisationId organisationId, FeedbackFilter filter, PageRequest page) {
        access.withRole(caller, organisationId, Role.FEEDBACK_HANDLERS, "handle-feedback");
        return items.released(organisationId, filter, today(), page);
    }

    @Override
    @Transactional
    public Page<FeedbackItem> mine(Caller caller, OrganisationId organisationId, PageRequest page) {
        Membership member = access.member(caller, organisationId);
        return items.writtenBy(organisationId, member.id(), page);
    }

    @Override
    @Transactional
    public Seen item(Caller caller, OrganisationId organisationId, FeedbackItemId itemId) {
        Membership member = access.member(caller, organisationId);
        if (member.holdsAny(Role.FEEDBACK_HANDLERS)) {
            FeedbackItem item = released(organisationId, itemId);
            return new Seen(item, true, true, authorName(item), ledTo(item));
        }
        // never 404 here: a member who is not a handler must not learn which ids exist
        Optional<FeedbackItem> found = items.find(organisationId, itemId);
        Optional<FeedbackItem> own = found.filter(item -> item.writtenBy(member.id()));
        if (own.isPresent()) {
            FeedbackItem item = own.get();
            return new Seen(item, false, true, member.details().displayName(), ledTo(item));
        }
        if (member.holdsAny(Role.GOVERNORS)) {
            // a governor may read a confidential item, to ask for its author with a reason
            FeedbackItem item =
                    found.filter(this::confidentialAndReleased).orElseThrow(() -> new Forbidden("read-feedback"));
            boolean granted = disclosures.grantedTo(organisationId, itemId, member.id());
            return new Seen(item, false, granted, granted ? authorName(item) : null, ledTo(item));
        }
        throw new Forbidden("read-feedback");
    }

    private boolean confidentialAndReleased(FeedbackItem item) {
        return item.identityMode() == IdentityMode.CONFIDENTIAL && item.releasedOn(today());
    }

    @Override
    @Transactional
    public DisclosureRequest requestDisclosure(
            Caller caller, OrganisationId organisationId, FeedbackItemId itemId, String reason) {
        Membership member = access.withRole(caller, organisationId, Role.GOVERNORS, "request-disclosure");
        if (member.holdsAny(Role.FEEDBACK_HANDLERS)) {
            throw new RuleViolation(
                    "feedback-disclosure-needless", "a handler sees the author of a confidential item already");
        }
        FeedbackItem item = released(organisationId, itemId);
        DisclosureRequest request =
                DisclosureRequest.file(DisclosureRequestId.random(), item, member.id(), reason, clock.instant());
        disclosures.add(request);
        auditor.record(caller, new DisclosureRequested(organisationId, itemId, item.kind(), request.id()));
        return request;
    }

    @Override
    @Transactional
    public Page<DisclosureRequest> pendingDisclosures(Caller caller, OrganisationId organisationId, PageRequest page) {
        access.withRole(caller, organisationId, Role.FEEDBACK_HANDLERS, "decide-disclosure");
        return disclosures.pending(organisationId, page);
    }

    @Override
    @Transactional
    public DisclosureRequest decideDisclosure(
            Caller caller,
            OrganisationId organisationId,
            FeedbackItemId itemId,
            DisclosureRequestId requestId,
            DisclosureOutcome outcome,
            String reason) {
        Membership custodian = access.withRole(caller, organisationId, Role.FEEDBACK_HANDLERS, "decide-disclosure");
        FeedbackItem item = released(organisationId, itemId);
        DisclosureRequest decided = disclosures
                .find(organisationId, itemId, requestId)
                .orElseThrow(() -> new NotFound("disclosure-request", requestId))
                .decide(custodian.id(), outcome, reason, clock.instant());
        disclosures.decide(decided);
        auditor.record(caller, new DisclosureDecided(organisationId, itemId, item.kind(), requestId, outcome));
        return decided;
    }

    @Override
    @Transactional
    public FeedbackItem acknowledge(
            Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion) {
        FeedbackItem current = handled(caller, organisationId, itemId, expectedVersion);
        return moved(caller, current, current.acknowledge(today()));
    }

    @Override
    @Transactional
    public FeedbackItem triage(
            Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion) {
        FeedbackItem current = handled(caller, organisationId, itemId, expectedVersion);
        return moved(caller, current, current.triage(today()));
    }

    @Override
    @Transactional
    public FeedbackItem planAction(
            Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion) {
        FeedbackItem current = handled(caller, organisationId, itemId, expectedVersion);
        return moved(caller, current, current.planAction(today()));
    }

    @Override
    @Transactional
    public FeedbackItem close(
            Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion, String answer) {
        FeedbackItem current = handled(caller, organisationId, itemId, expectedVersion);
        return moved(caller, current, current.close(answer, today()));
    }

    @Override
    @Transactional
    public FeedbackItem dismiss(
            Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion, String reason) {
        FeedbackItem current = handled(caller, organisationId, itemId, expectedVersion);
        return moved(caller, current, current.dismiss(reason, today()));
    }

    @Override
    @Transactional
    public FeedbackItem write(Caller caller, OrganisationId organisationId, FeedbackItemId itemId, String text) {
        Membership member = access.member(caller, organisationId);
        FeedbackItem current;
        FeedbackMessage message;
        if (member.holdsAny(Role.FEEDBACK_HANDLERS)) {
            current = released(organisationId, itemId);
            message = new FeedbackMessage(MessageAuthor.HANDLER, member.id(), text, today());
        } else {
            current = items.find(organisationId, itemId)
                    .filter(found -> found.writtenBy(member.id()))
                    .orElseThrow(() -> new Forbidden("write-feedback"));
            message = new FeedbackMessage(MessageAuthor.REPORTER, null, text, today());
        }
        FeedbackItem updated = items.update(current.addMessage(message));
        FeedbackMessageAdded event = new FeedbackMessageAdded(
                organisationId,
                itemId,
                current.kind(),
                message.author(),
                updated.messages().size());
        if (message.author() == MessageAuthor.REPORTER && current.identityMode() == IdentityMode.CONFIDENTIAL) {
            auditor.recordUnattributed(CONFIDENTIAL, event, today());
        } else {
            auditor.record(caller, event);
        }
        return updated;
    }

    @Override
    @Transactional
    public Seen followUp(Caller caller, OrganisationId organisationId, FeedbackItemId itemId, FollowUpRequest request) {
        access.withRole(caller, organisationId, Role.FEEDBACK_HANDLERS, "handle-feedback");
        FeedbackItem current = released(organisationId, itemId);
        FollowUp followUp = followUpFor(caller, organisationId, current, request);
        FeedbackItem updated = items.update(current.addFollowUp(followUp));
        auditor.record(caller, new FollowUpLinked(organisationId, itemId, current.kind(), followUp));
        return new Seen(updated, true, true, authorName(updated), ledTo(updated));
    }

    private FollowUp followUpFor(
            Caller caller, OrganisationId organisationId, FeedbackItem current, FollowUpRequest request) {
        if (request instanceof NewRisk risk) {
            Risk raised = risks.raise(caller, organisationId, risk.draft());
            return new FollowUp(
                    FollowUpKind.RISK,
                    raised.id().value(),
                    null,
                    FollowUp.changeNote(current, raised.details().title()),
                    today());
        }
        if (request instanceof PolicyRevision revision) {
            // join the version being written, or open one: the policy area decides who may
            PolicyView policy = policies.policy(caller, organisationId, revision.policyId());
            int number = policy.open()
                    .map(PolicyVersion::number)
                    .orElseGet(() -> policies.newVersion(caller, organisationId, revision.policyId())
                            .version()
                            .number());
            return new FollowUp(
                    FollowUpKind.POLICY_REVISION,
                    revision.policyId().value(),
                    number,
                    FollowUp.changeNote(current, revision.note()),
                    today());
        }
        if (request instanceof TrainingNeed need) {
            // the training area says whether the module exists for this caller
            TrainingModule module = training.module(caller, organisationId, need.moduleId());
            return new FollowUp(
                    FollowUpKind.TRAINING_NEED,
                    module.id().value(),
                    null,
                    FollowUp.changeNote(current, need.note()),
                    today());
        }
        if (request instanceof AgendaEntry entry) {
            return agendaItem(caller, current, entry.title());
        }
        if (request instanceof NewIncident incident) {
            Incident opened = incidents.report(caller, organisationId, incident.facts());
            return new FollowUp(
                    FollowUpKind.INCIDENT,
                    opened.id().value(),
                    null,
                    FollowUp.changeNote(current, opened.facts().title()),
                    today());
        }
        CommunicationAnswer answer = (CommunicationAnswer) request;
        CommunicationAction action =
                communication.planAction(caller, organisationId, answer.planId(), answer.details());
        return new FollowUp(
                FollowUpKind.COMMUNICATION,
                action.id().value(),
                null,
                FollowUp.changeNote(current, null),
                today(),
                action.planId().value());
    }

    /**
     * Puts the item on the agenda of the committee's next meeting, by its id and kind and the
     * handler's title, never its text: the agenda is read by every member.
     */
    private FollowUp agendaItem(Caller caller, FeedbackItem item, String title) {
        String checked = Check.name("title", title);
        Meeting meeting = meetings.next(item.organisationId(), today())
                .orElseThrow(() -> new RuleViolation(
                        "feedback-no-next-meeting", "the committee has no meeting from today on: schedule one first"));
        if (meeting.agenda().size() >= Meeting.MAX_AGENDA_ITEMS) {
            throw new RuleViolation(
                    "agenda-full",
                    "the agenda of the meeting of " + meeting.date() + " holds " + Meeting.MAX_AGENDA_ITEMS + " items",
                    meeting.date(),
                    Meeting.MAX_AGENDA_ITEMS);
        }
        String cited = FollowUp.changeNote(item, checked);
        List<AgendaItem> agenda = new ArrayList<>(meeting.agenda());
        agenda.add(new AgendaItem(
                cited.length() > Check.NAME_LENGTH ? cited.substring(0, Check.NAME_LENGTH) : cited,
                null,
                null,
                null,
                null,
                null));
        Meeting saved =
                meetings.update(meeting.withContent(meeting.date(), agenda, meeting.attendees(), meeting.minutes()));
        auditor.record(caller, new MeetingUpdated(meeting, saved));
        return new FollowUp(FollowUpKind.AGENDA_ITEM, meeting.id().value(), null, cited, today());
    }

    @Override
    @Transactional
    public List<Linked> linkedTo(
            Caller caller,
            OrganisationId organisationId,
            FollowUpKind kind,
            UUID targetId,
            Integer version,
            int limit) {
        access.member(caller, organisationId);
        LocalDate today = today();
        return items.linkedTo(organisationId, kind, targetId, version, limit).stream()
                .filter(item -> item.releasedOn(today))
                .flatMap(item -> item.followUps().stream()
                        .filter(link -> link.kind() == kind
                                && link.targetId().equals(targetId)
                                && (version == null || version.equals(link.policyVersion())))
                        .map(link -> new Linked(item.id(), item.kind(), link)))
                .toList();
    }

    @Override
    @Transactional
    public FeedbackDigest digest(Caller caller, OrganisationId organisationId, LocalDate from, LocalDate to) {
        access.member(caller, organisationId);
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "period-reversed", "to is before from");
        }
        if (from.plusDays(DIGEST_DAYS).isBefore(to)) {
            throw new InvalidInput(
                    "to", "period-too-long", "a digest covers at most " + DIGEST_DAYS + " days", DIGEST_DAYS);
        }
        return FeedbackDigest.of(from, to, items.digestRows(organisationId, from, to, today()));
    }

    @Override
    @Transactional
    public Followed followByReceipt(OrganisationId organisationId, Receipt receipt) {
        FeedbackItem item = byReceipt(organisationId, receipt);
        return new Followed(item, ledTo(item));
    }

    @Override
    @Transactional
    public Followed writeByReceipt(OrganisationId organisationId, Receipt receipt, String text) {
        FeedbackItem current = byReceipt(organisationId, receipt);
        FeedbackMessage message = new FeedbackMessage(MessageAuthor.REPORTER, null, text, today());
        FeedbackItem updated = items.update(current.addMessage(message));
        auditor.recordUnattributed(
                ANONYMOUS,
                new FeedbackMessageAdded(
                        organisationId,
                        current.id(),
                        current.kind(),
                        MessageAuthor.REPORTER,
                        updated.messages().size()),
                today());
        return new Followed(updated, ledTo(updated));
    }

    /**
     * The loop: the published versions among the policy revisions the item caused (a version
     * superseded since was published too). Two reads per revision, at most 20 revisions an item.
     */
    private List<LedTo> ledTo(FeedbackItem item) {
        List<LedTo> led = new ArrayList<>();
        for (FollowUp followUp : item.followUps()) {
            if (followUp.kind() != FollowUpKind.POLICY_REVISION) {
                continue;
            }
            PolicyId policyId = new PolicyId(followUp.targetId());
            versions.find(item.organisationId(), policyId, followUp.policyVersion())
                    .filter(version -> version.publishedAt() != null)
                    .ifPresent(version -> led.add(new LedTo(
                            policyId.value(),
                            storedPolicies
                                    .find(item.organisationId(), policyId)
                                    .map(Policy::title)
                                    .orElse(null),
                            version.number(),
                            version.publishedAt())));
        }
        return led;
    }

    private FeedbackItem byReceipt(OrganisationId organisationId, Receipt receipt) {
        return items.findByReceipt(organisationId, receipts.hash(organisationId, receipt))
                .orElseThrow(() -> new NotFound("receipt", "****"));
    }

    private FeedbackItem handled(
            Caller caller, OrganisationId organisationId, FeedbackItemId itemId, long expectedVersion) {
        access.withRole(caller, organisationId, Role.FEEDBACK_HANDLERS, "handle-feedback");
        FeedbackItem current = released(organisationId, itemId);
        StaleVersion.check("feedback item", current.version(), expectedVersion);
        return current;
    }

    private FeedbackItem moved(Caller caller, FeedbackItem before, FeedbackItem after) {
        FeedbackItem saved = items.update(after);
        auditor.record(
                caller,
                new FeedbackStatusChanged(
                        before.organisationId(), before.id(), before.kind(), before.status(), after.status()));
        return saved;
    }

    /** The item as the handlers see it: an anonymous item not yet released does not exist for them yet. */
    private FeedbackItem released(OrganisationId organisationId, FeedbackItemId itemId) {
        return items.find(organisationId, itemId)
                .filter(item -> item.releasedOn(today()))
                .orElseThrow(() -> new NotFound("feedback-item", itemId));
    }

    private String authorName(FeedbackItem item) {
        if (item.author() == null) {
            return null;
        }
        return memberships
                .find(item.organisationId(), item.author())
                .map(member -> member.details().displayName())
                .orElse(null);
    }

    private static FeedbackSubmitted submitted(FeedbackItem item) {
        return new FeedbackSubmitted(
                item.organisationId(),
                item.id(),
                item.kind(),
                item.about().kind(),
                item.identityMode(),
                item.channel(),
                item.receiptHash() != null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
