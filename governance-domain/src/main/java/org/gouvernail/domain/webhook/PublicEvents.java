package org.gouvernail.domain.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.gouvernail.domain.committee.CommitteeEvent;
import org.gouvernail.domain.communication.CommunicationAction;
import org.gouvernail.domain.communication.CommunicationEvent;
import org.gouvernail.domain.feedback.FeedbackEvent;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.incident.IncidentEvent;
import org.gouvernail.domain.inventory.ToolEvent;
import org.gouvernail.domain.inventory.assessment.AssessmentEvent;
import org.gouvernail.domain.inventory.assessment.AssessmentStatus;
import org.gouvernail.domain.organisation.OrganisationEvent;
import org.gouvernail.domain.policy.PolicyEvent;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.readiness.ReadinessEvent;
import org.gouvernail.domain.review.ReviewEvent;
import org.gouvernail.domain.risk.RiskDetails;
import org.gouvernail.domain.risk.RiskEvent;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.Localized;
import org.gouvernail.domain.shared.TextBundle;
import org.gouvernail.domain.training.RequirementEvent;
import org.gouvernail.domain.training.TrainingEvent;
import org.gouvernail.domain.transparency.TransparencyEvent;
import org.gouvernail.domain.usecase.UseCaseEvent;

/**
 * Catalogue: which domain events are public, under which type, with which links. The one place
 * that maps a {@link DomainEvent} to its webhook types: a new area adds one line per type below
 * (and its description in {@code event-types_<language>.properties}); nothing else changes. A
 * domain event may give several public events (a publication is also an acknowledgement due) or
 * none (an edit of a draft).
 *
 * <p>Types are "subject.past-participle", lower case with dots and hyphens; the payload's
 * {@code version} is {@link #VERSION} for every type (ADR 0014).
 */
public final class PublicEvents {

    /** The payload version: additive changes keep it; a breaking change would add a new type. */
    public static final int VERSION = 1;

    /** The type of the test event an admin sends to one endpoint; never fanned out. */
    public static final String TEST = "webhook.test";

    private static final List<Rule<?>> RULES = List.of(
            rule(ToolEvent.ToolDeclared.class, "tool.declared"),
            rule(ToolEvent.ToolImported.class, "tool.declared"),
            rule(ToolEvent.ToolUpdated.class, "tool.updated"),
            rule(ToolEvent.ToolStatusChanged.class, "tool.status-changed"),
            rule(ToolEvent.ToolDecided.class, "tool.status-changed"),
            rule(ToolEvent.ToolRemoved.class, "tool.removed"),
            rule(
                    AssessmentEvent.AssessmentMoved.class,
                    "assessment.submitted",
                    e -> e.after().status() == AssessmentStatus.SUBMITTED),
            rule(
                    AssessmentEvent.AssessmentMoved.class,
                    "assessment.completed",
                    e -> e.after().status() == AssessmentStatus.VALIDATED),
            rule(RiskEvent.RiskRaised.class, "risk.raised"),
            rule(RiskEvent.RiskUpdated.class, "risk.level-changed", e -> levelChanged(e.before(), e.after())),
            rule(RiskEvent.RiskStatusChanged.class, "risk.status-changed"),
            rule(RiskEvent.RiskAccepted.class, "risk.accepted"),
            rule(RiskEvent.RiskAcceptedByDecision.class, "risk.accepted"),
            rule(RiskEvent.RiskRemoved.class, "risk.removed"),
            rule(PolicyEvent.PolicyCreated.class, "policy.created"),
            rule(
                    PolicyEvent.VersionPublished.class,
                    "policy.version-published",
                    e -> true,
                    e -> version(e.published())),
            rule(
                    PolicyEvent.VersionPublished.class,
                    "acknowledgement.due",
                    e -> true,
                    e -> acknowledgement(e.published())),
            rule(
                    PolicyEvent.VersionAcknowledged.class,
                    "acknowledgement.recorded",
                    e -> true,
                    e -> version(e.version())),
            rule(UseCaseEvent.UseCaseProposed.class, "use-case.proposed"),
            rule(UseCaseEvent.UseCaseMoved.class, "use-case.status-changed"),
            rule(UseCaseEvent.UseCaseDecided.class, "use-case.status-changed"),
            rule(UseCaseEvent.UseCaseSuspended.class, "use-case.status-changed"),
            rule(UseCaseEvent.UseCaseRemoved.class, "use-case.removed"),
            rule(CommitteeEvent.MeetingScheduled.class, "meeting.scheduled"),
            rule(CommitteeEvent.MeetingUpdated.class, "meeting.updated"),
            rule(CommitteeEvent.DecisionRecorded.class, "decision.recorded"),
            rule(CommitteeEvent.RequestSubmitted.class, "approval-request.submitted"),
            rule(CommitteeEvent.RequestDecided.class, "approval-request.decided"),
            rule(CommitteeEvent.RequestWithdrawn.class, "approval-request.withdrawn"),
            rule(OrganisationEvent.MemberJoined.class, "member.joined"),
            rule(OrganisationEvent.MemberRevoked.class, "member.revoked"),
            // an anonymous item is not announced when it arrives: the time of the event would date the
            // submission to the second, which its day-granular record hides; its handlers' moves are public
            rule(
                    FeedbackEvent.FeedbackSubmitted.class,
                    "feedback.submitted",
                    e -> e.identityMode() != IdentityMode.ANONYMOUS),
            rule(FeedbackEvent.FeedbackStatusChanged.class, "feedback.status-changed"),
            rule(IncidentEvent.IncidentReported.class, "incident.reported"),
            rule(IncidentEvent.IncidentStatusChanged.class, "incident.status-changed"),
            rule(IncidentEvent.SeverityOverridden.class, "incident.severity-changed"),
            rule(IncidentEvent.DutySettled.class, "incident.duty-settled"),
            rule(TrainingEvent.ModulePublished.class, "training-module.published"),
            rule(TrainingEvent.ModuleRevised.class, "training-module.revised"),
            rule(TrainingEvent.ModuleRetired.class, "training-module.retired"),
            rule(TrainingEvent.SessionPlanned.class, "training-session.planned"),
            rule(TrainingEvent.SessionClosed.class, "training-session.closed"),
            rule(TrainingEvent.SessionCancelled.class, "training-session.cancelled"),
            rule(TrainingEvent.RecordRecorded.class, "training-record.recorded"),
            rule(TrainingEvent.RecordVoided.class, "training-record.voided"),
            rule(RequirementEvent.RequirementCreated.class, "literacy-requirement.created"),
            rule(RequirementEvent.RequirementRevised.class, "literacy-requirement.revised"),
            rule(RequirementEvent.RequirementRetired.class, "literacy-requirement.retired"),
            rule(CommunicationEvent.PlanDrawnUp.class, "communication-plan.drawn-up"),
            rule(
                    CommunicationEvent.ActionStatusChanged.class,
                    "communication-action.status-changed",
                    e -> true,
                    e -> communicationAction(e.after())),
            rule(TransparencyEvent.Published.class, "ai-transparency.published"),
            // a response to a readiness campaign is not announced: its time would tell who answered
            rule(ReadinessEvent.CampaignOpened.class, "readiness-campaign.opened"),
            rule(ReadinessEvent.CampaignClosed.class, "readiness-campaign.closed"),
            rule(
                    ReadinessEvent.RoadmapActionAccepted.class,
                    "roadmap-action.accepted",
                    e -> true,
                    PublicEvents::roadmap),
            rule(UseCaseEvent.ValuesChecked.class, "use-case.values-checked"),
            rule(ReviewEvent.ReviewProposed.class, "review.proposed"),
            rule(ReviewEvent.ReviewClosed.class, "review.closed"),
            rule(
                    IncidentEvent.ActionPlanned.class,
                    "incident.action-planned",
                    e -> true,
                    e -> incidentAction(e.organisationId(), e.incidentId(), e.step())),
            rule(
                    IncidentEvent.ActionSettled.class,
                    "incident.action-settled",
                    e -> true,
                    e -> incidentAction(e.organisationId(), e.incidentId(), e.step())),
            // the item only, never the outcome nor who asked: the author stays where the custodian left them
            rule(FeedbackEvent.DisclosureDecided.class, "feedback.disclosure-decided"),
            rule(TrainingEvent.ModuleQuizSet.class, "training-module.quiz-set"));

    /** Where the API serves a subject type, below {@code /api/v1/organisations/{id}}. */
    private static final Map<String, String> COLLECTIONS = Map.ofEntries(
            Map.entry("TOOL", "tools"),
            Map.entry("ASSESSMENT", "assessments"),
            Map.entry("RISK", "risks"),
            Map.entry("POLICY", "policies"),
            Map.entry("USE_CASE", "use-cases"),
            Map.entry("MEETING", "meetings"),
            Map.entry("DECISION", "decisions"),
            Map.entry("APPROVAL_REQUEST", "approval-requests"),
            Map.entry("MEMBER", "members"),
            Map.entry("FEEDBACK_ITEM", "feedback"),
            Map.entry("INCIDENT", "incidents"),
            Map.entry("COMMUNICATION_PLAN", "communication-plans"),
            Map.entry("TRAINING_MODULE", "training-modules"),
            Map.entry("TRAINING_SESSION", "training-sessions"),
            Map.entry("TRAINING_RECORD", "training-records"),
            Map.entry("LITERACY_REQUIREMENT", "literacy-requirements"),
            Map.entry("AI_TRANSPARENCY_STATEMENT", "ai-transparency"),
            Map.entry("READINESS_CAMPAIGN", "readiness-campaigns"),
            Map.entry("REVIEW", "reviews"));

    private static final TextBundle TEXTS = TextBundle.load(PublicEvents.class, "event-types");

    private static final Set<String> TYPES;

    static {
        Set<String> types = new LinkedHashSet<>();
        RULES.forEach(rule -> types.add(rule.type()));
        types.add(TEST);
        TYPES = Collections.unmodifiableSet(types);
    }

    private PublicEvents() {}

    /** Every public type, in the order of the catalogue. */
    public static Set<String> types() {
        return TYPES;
    }

    public static boolean isKnown(String type) {
        return TYPES.contains(type);
    }

    /** What a type means, in every language; fails at start-up when a type has no French text. */
    public static Localized description(String type) {
        return TEXTS.text(type);
    }

    /** The languages in which every type is described. */
    public static Set<Language> describedIn() {
        Set<Language> languages = new LinkedHashSet<>();
        for (Language language : Language.values()) {
            if (TEXTS.keys(language).containsAll(TYPES)) {
                languages.add(language);
            }
        }
        return languages;
    }

    /** The public events of one domain event, each with an id from {@code ids}; often none. */
    public static List<PublicEvent> of(DomainEvent event, Instant at, Supplier<UUID> ids) {
        List<PublicEvent> published = new ArrayList<>();
        for (Rule<?> rule : RULES) {
            rule.apply(event)
                    .ifPresent(links -> published.add(new PublicEvent(
                            ids.get(),
                            rule.type(),
                            VERSION,
                            event.organisationId(),
                            at,
                            event.subjectType(),
                            event.subjectId(),
                            links)));
        }
        return published;
    }

    /** The test event of an endpoint: its subject is the endpoint itself. */
    public static PublicEvent test(UUID id, WebhookEndpoint endpoint, Instant at) {
        return new PublicEvent(
                id,
                TEST,
                VERSION,
                endpoint.organisationId(),
                at,
                "WEBHOOK_ENDPOINT",
                endpoint.id().value(),
                Map.of(
                        "self",
                        organisation(endpoint.organisationId().value()) + "/webhook-endpoints/" + endpoint.id()));
    }

    private static String organisation(UUID organisationId) {
        return "/api/v1/organisations/" + organisationId;
    }

    private static Map<String, String> self(DomainEvent event) {
        String collection = COLLECTIONS.get(event.subjectType());
        if (collection == null) {
            throw new IllegalStateException("no API path known for subject type " + event.subjectType());
        }
        return Map.of(
                "self", organisation(event.organisationId().value()) + "/" + collection + "/" + event.subjectId());
    }

    private static Map<String, String> version(PolicyVersion version) {
        String policy = organisation(version.organisationId().value()) + "/policies/"
                + version.policyId().value();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", policy + "/versions/" + version.number());
        links.put("policy", policy);
        return links;
    }

    private static Map<String, String> acknowledgement(PolicyVersion version) {
        Map<String, String> links = new LinkedHashMap<>(version(version));
        links.put("acknowledgements", links.get("self") + "/acknowledgements");
        links.put("toAcknowledge", organisation(version.organisationId().value()) + "/policies/to-acknowledge");
        return links;
    }

    private static Map<String, String> communicationAction(CommunicationAction action) {
        String plan = organisation(action.organisationId().value()) + "/communication-plans/"
                + action.planId().value();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", plan + "/actions/" + action.id().value());
        links.put("plan", plan);
        return links;
    }

    private static Map<String, String> roadmap(ReadinessEvent.RoadmapActionAccepted accepted) {
        String organisation = organisation(accepted.organisationId().value());
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", organisation + "/roadmap");
        String created = COLLECTIONS.get(accepted.roadmapAction().creates());
        if (created != null && accepted.createdId() != null) {
            links.put("created", organisation + "/" + created + "/" + accepted.createdId());
        }
        return links;
    }

    private static Map<String, String> incidentAction(
            org.gouvernail.domain.shared.OrganisationId organisationId,
            org.gouvernail.domain.incident.IncidentId incidentId,
            org.gouvernail.domain.incident.IncidentAction step) {
        String incident = organisation(organisationId.value()) + "/incidents/" + incidentId.value();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", incident + "/actions/" + step.id().value());
        links.put("incident", incident);
        return links;
    }

    private static boolean levelChanged(RiskDetails before, RiskDetails after) {
        return current(before) != current(after);
    }

    private static Object current(RiskDetails details) {
        return details.residual().orElse(details.inherent()).level();
    }

    private static <E extends DomainEvent> Rule<E> rule(Class<E> kind, String type) {
        return new Rule<>(kind, type, event -> true, PublicEvents::self);
    }

    private static <E extends DomainEvent> Rule<E> rule(Class<E> kind, String type, Predicate<E> when) {
        return new Rule<>(kind, type, when, PublicEvents::self);
    }

    private static <E extends DomainEvent> Rule<E> rule(
            Class<E> kind, String type, Predicate<E> when, Function<E, Map<String, String>> links) {
        return new Rule<>(kind, type, when, links);
    }

    /** One line of the catalogue: events of {@code kind} that pass {@code when} are published as {@code type}. */
    private record Rule<E extends DomainEvent>(
            Class<E> kind, String type, Predicate<E> when, Function<E, Map<String, String>> links) {

        java.util.Optional<Map<String, String>> apply(DomainEvent event) {
            if (!kind.isInstance(event)) {
                return java.util.Optional.empty();
            }
            E typed = kind.cast(event);
            return when.test(typed) ? java.util.Optional.of(links.apply(typed)) : java.util.Optional.empty();
        }
    }
}
