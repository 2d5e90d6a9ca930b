package org.gouvernail.rest.communication;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.communication.Audience;
import org.gouvernail.domain.communication.ChangeStage;
import org.gouvernail.domain.communication.CommunicationAction;
import org.gouvernail.domain.communication.CommunicationChannel;
import org.gouvernail.domain.communication.CommunicationDetails;
import org.gouvernail.domain.communication.CommunicationPlan;
import org.gouvernail.domain.communication.CommunicationStatus;
import org.gouvernail.domain.communication.Concern;
import org.gouvernail.domain.communication.ConsultationStep;
import org.gouvernail.domain.communication.Coverage;
import org.gouvernail.domain.communication.LegalBasis;
import org.gouvernail.domain.communication.LinkedSubject;
import org.gouvernail.domain.communication.LinkedSubjectKind;
import org.gouvernail.domain.communication.MessageTemplate;
import org.gouvernail.domain.communication.PlanDetails;
import org.gouvernail.domain.communication.PlanReview;
import org.gouvernail.domain.communication.Proposal;
import org.gouvernail.domain.communication.Target;
import org.gouvernail.domain.communication.Timeline;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.rest.shared.LocalizedText;

/** JSON shapes of the communication plans, their actions and views, and the message templates. */
public final class CommunicationJson {

    private CommunicationJson() {}

    private static MemberId member(UUID id) {
        return id == null ? null : new MemberId(id);
    }

    private static boolean yes(Boolean value) {
        return value != null && value;
    }

    @Schema(
            name = "CommunicationPlanCreation",
            description = "A plan to draw up: organisation-wide (no initiative) or for one initiative.")
    record Creation(
            @NotBlank @Size(max = 200) @Schema(examples = "Déploiement de l'assistant de rédaction")
            String title,

            @NotBlank @Size(max = 2000) @Schema(examples = "Que chacun sache ce qui change, pourquoi, et à qui parler")
            String objective,

            @Size(max = 200)
            @Schema(
                    description = "The change the plan accompanies; null for the organisation-wide plan",
                    nullable = true,
                    examples = "Assistant de rédaction")
            String initiative,

            @NotNull @Schema(maxLength = 10, implementation = String.class, format = "date", examples = "2026-12-01")
            LocalDate periodStart,

            @NotNull @Schema(maxLength = 10, implementation = String.class, format = "date", examples = "2027-06-30")
            LocalDate periodEnd,

            @NotNull @Schema(description = "Member who answers for the plan", maxLength = 36)
            UUID ownerId,

            @Schema(
                    description = "The day the change starts being implemented, pilots included",
                    nullable = true,
                    maxLength = 10,
                    implementation = String.class,
                    format = "date",
                    examples = "2027-04-01")
            LocalDate goLive,

            @Schema(
                    description =
                            "The change alters employment, work organisation or working conditions: it triggers the "
                                    + "consultation of worker representatives (CCT n° 39, CSE) for an employer of 50 or more",
                    nullable = true)
            Boolean changesWork,

            @Schema(
                    description = "The change automates tasks people do: the plan must speak about jobs",
                    nullable = true)
            Boolean touchesAutomation) {

        PlanDetails toDomain() {
            return new PlanDetails(
                    title,
                    objective,
                    initiative,
                    periodStart,
                    periodEnd,
                    member(ownerId),
                    goLive,
                    yes(changesWork),
                    yes(touchesAutomation));
        }
    }

    @Schema(
            name = "CommunicationPlanDetails",
            description = "The editable part of a plan (PATCH with a JSON merge patch).")
    record Details(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 2000) String objective,
            @Size(max = 200) @Schema(nullable = true) String initiative,

            @NotNull @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate periodStart,

            @NotNull @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate periodEnd,

            @NotNull @Schema(maxLength = 36) UUID ownerId,

            @Schema(nullable = true, maxLength = 10, implementation = String.class, format = "date")
            LocalDate goLive,

            @NotNull Boolean changesWork,
            @NotNull Boolean touchesAutomation) {

        static Details from(PlanDetails details) {
            return new Details(
                    details.title(),
                    details.objective(),
                    details.initiative(),
                    details.periodStart(),
                    details.periodEnd(),
                    details.ownerId().value(),
                    details.goLive(),
                    details.changesWork(),
                    details.touchesAutomation());
        }

        PlanDetails toDomain() {
            return new PlanDetails(
                    title,
                    objective,
                    initiative,
                    periodStart,
                    periodEnd,
                    member(ownerId),
                    goLive,
                    yes(changesWork),
                    yes(touchesAutomation));
        }
    }

    @Schema(name = "CommunicationPlan")
    record PlanView(
            UUID id,
            @Schema(maxLength = 200) String title,
            @Schema(maxLength = 2000) String objective,
            @Schema(maxLength = 200, nullable = true) String initiative,

            @Schema(description = "No initiative: the plan covers the whole organisation")
            boolean organisationWide,

            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate periodStart,

            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate periodEnd,

            @Schema(maxLength = 36) UUID ownerId,

            @Schema(nullable = true, maxLength = 10, implementation = String.class, format = "date")
            LocalDate goLive,

            boolean changesWork,
            boolean touchesAutomation,
            @Schema(maxLength = 36) UUID createdBy,
            Instant createdAt) {

        static PlanView from(CommunicationPlan plan) {
            PlanDetails details = plan.details();
            return new PlanView(
                    plan.id().value(),
                    details.title(),
                    details.objective(),
                    details.initiative(),
                    details.organisationWide(),
                    details.periodStart(),
                    details.periodEnd(),
                    details.ownerId().value(),
                    details.goLive(),
                    details.changesWork(),
                    details.touchesAutomation(),
                    plan.createdBy().value(),
                    plan.createdAt());
        }
    }

    @Schema(name = "LinkedSubject", description = "A register entry the action speaks about.")
    public record Subject(
            @NotNull LinkedSubjectKind kind,
            @NotNull @Schema(maxLength = 36) UUID id) {

        static Subject from(LinkedSubject subject) {
            return new Subject(subject.kind(), subject.id());
        }
    }

    @Schema(
            name = "CommunicationActionInput",
            description = "An action to plan, or its editable part (PATCH with a JSON merge patch). A TEAM audience "
                    + "names its team; the others name none.")
    public record ActionInput(
            @NotNull Audience audience,

            @Size(max = 200) @Schema(nullable = true, examples = "Accueil")
            String team,

            @NotNull ChangeStage stage,

            @Size(max = 7)
            @Schema(type = SchemaType.ARRAY, implementation = Concern.class, maxItems = 7, nullable = true)
            Set<@NotNull Concern> concerns,

            @NotBlank @Size(max = 2000) @Schema(examples = "Nous ne prévoyons de supprimer aucun poste.")
            String keyMessage,

            @Size(max = 2000) @Schema(description = "The same message in plain, short sentences", nullable = true)
            String easyToRead,

            @NotNull CommunicationChannel channel,

            @NotNull @Schema(description = "The member who speaks", maxLength = 36)
            UUID senderId,

            @NotNull @Schema(maxLength = 10, implementation = String.class, format = "date", examples = "2027-01-10")
            LocalDate plannedDate,

            @Schema(nullable = true) LegalBasis legalBasis,

            @Size(max = CommunicationDetails.MAX_SUBJECTS)
            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = Subject.class,
                    maxItems = CommunicationDetails.MAX_SUBJECTS,
                    nullable = true)
            List<@NotNull @Valid Subject> subjects) {

        static ActionInput from(CommunicationDetails details) {
            return new ActionInput(
                    details.target().audience(),
                    details.target().team(),
                    details.stage(),
                    details.concerns(),
                    details.keyMessage(),
                    details.easyToRead(),
                    details.channel(),
                    details.senderId().value(),
                    details.plannedDate(),
                    details.legalBasis(),
                    details.subjects().stream().map(Subject::from).toList());
        }

        public CommunicationDetails toDomain() {
            return new CommunicationDetails(
                    new Target(audience, team),
                    stage,
                    concerns,
                    keyMessage,
                    easyToRead,
                    channel,
                    member(senderId),
                    plannedDate,
                    legalBasis,
                    subjects == null
                            ? List.of()
                            : subjects.stream()
                                    .map(subject -> new LinkedSubject(subject.kind(), subject.id()))
                                    .toList());
        }
    }

    @Schema(name = "CommunicationDone", description = "When the action happened and how many people it reached.")
    record Done(
            @Schema(
                    description = "Default today; never in the future",
                    nullable = true,
                    maxLength = 10,
                    implementation = String.class,
                    format = "date")
            LocalDate doneOn,

            @Min(0) @Max(1_000_000) @Schema(nullable = true, minimum = "0", maximum = "1000000")
            Integer peopleReached) {}

    @Schema(name = "CommunicationAction")
    record ActionView(
            UUID id,
            UUID planId,
            Audience audience,
            @Schema(maxLength = 200, nullable = true) String team,
            ChangeStage stage,

            @Schema(type = SchemaType.ARRAY, implementation = Concern.class, maxItems = 7)
            List<Concern> concerns,

            @Schema(maxLength = 2000) String keyMessage,
            @Schema(maxLength = 2000, nullable = true) String easyToRead,
            CommunicationChannel channel,
            @Schema(maxLength = 36) UUID senderId,

            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate plannedDate,

            @Schema(nullable = true) LegalBasis legalBasis,

            @Schema(nullable = true, maxLength = 500, description = "The article and text of the legal basis")
            String legalSource,

            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = Subject.class,
                    maxItems = CommunicationDetails.MAX_SUBJECTS)
            List<Subject> subjects,

            CommunicationStatus status,

            @Schema(nullable = true, maxLength = 10, implementation = String.class, format = "date")
            LocalDate doneOn,

            @Schema(nullable = true, minimum = "0", maximum = "1000000")
            Integer peopleReached) {

        static ActionView from(CommunicationAction action) {
            CommunicationDetails details = action.details();
            return new ActionView(
                    action.id().value(),
                    action.planId().value(),
                    details.target().audience(),
                    details.target().team(),
                    details.stage(),
                    details.concerns().stream().sorted().toList(),
                    details.keyMessage(),
                    details.easyToRead(),
                    details.channel(),
                    details.senderId().value(),
                    details.plannedDate(),
                    details.legalBasis(),
                    details.legalBasis() == null ? null : details.legalBasis().source(),
                    details.subjects().stream().map(Subject::from).toList(),
                    action.status(),
                    action.doneOn(),
                    action.peopleReached());
        }
    }

    @Schema(
            name = "ConsultationStep",
            description =
                    "The information and consultation of worker representatives the plan owes: PROPOSED while no "
                            + "action carries it, PLANNED once one does, DONE once it is done; late when not done by its due date.")
    record Consultation(
            LegalBasis legalBasis,
            @Schema(maxLength = 500) String legalSource,

            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = String.class,
                    maxItems = 5,
                    description =
                            "Bodies to address, in the rule's order: WORKS_COUNCIL, UNION_DELEGATION, CPPT (BE); CSE (FR)")
            List<String> bodies,

            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate dueOn,

            @Schema(maxLength = 10, description = "ISO 8601 period counted back from go-live", examples = "P3M")
            String leadTime,

            @Schema(
                    enumeration = {"PROPOSED", "PLANNED", "DONE"},
                    maxLength = 10)
            String progress,

            boolean late,

            @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = 200)
            List<UUID> actionIds) {

        static Consultation from(ConsultationStep step) {
            return new Consultation(
                    step.duty().basis(),
                    step.duty().basis().source(),
                    step.duty().bodies(),
                    step.duty().dueOn(),
                    step.duty().leadTime().toString(),
                    step.progress().name(),
                    step.late(),
                    step.actionIds().stream().map(id -> id.value()).toList());
        }
    }

    @Schema(name = "CoverageRow", description = "One audience: each stage REACHED, PLANNED or MISSING.")
    record CoverageRow(
            Audience audience,
            @Schema(maxLength = 200, nullable = true) String team,

            @Schema(type = SchemaType.OBJECT, description = "By stage", implementation = Map.class)
            Map<ChangeStage, Coverage.Cell> stages) {}

    @Schema(name = "CommunicationCoverage")
    record CoverageView(
            @Schema(type = SchemaType.ARRAY, implementation = CoverageRow.class, maxItems = 200)
            List<CoverageRow> rows,

            @Schema(description = "Audience × stage cells reached")
            int reached,

            int cells,
            @Schema(minimum = "0", maximum = "100") int percent) {

        static CoverageView from(Coverage coverage) {
            return new CoverageView(
                    coverage.rows().stream()
                            .map(row -> new CoverageRow(
                                    row.target().audience(),
                                    row.target().team(),
                                    new java.util.TreeMap<>(row.stages())))
                            .toList(),
                    coverage.reached(),
                    coverage.cells(),
                    coverage.percent());
        }
    }

    @Schema(
            name = "CommunicationPlanReview",
            description = "What the plan owes and how far it got, as of today. Warnings: jobs-message-missing, "
                    + "go-live-missing, staff-size-unknown, consultation-late.")
    record ReviewView(
            @Schema(nullable = true) Consultation consultation,

            @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = 10)
            List<String> warnings,

            CoverageView coverage) {

        static ReviewView from(PlanReview review) {
            return new ReviewView(
                    review.consultation().map(Consultation::from).orElse(null),
                    review.warnings(),
                    CoverageView.from(review.coverage()));
        }
    }

    @Schema(
            name = "CommunicationTimelineEntry",
            description = "A milestone of the plan, or one of its actions (action set).")
    record TimelineEntry(
            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate day,

            @Schema(
                    enumeration = {"PERIOD_START", "CONSULTATION_DUE", "GO_LIVE", "ACTION", "PERIOD_END"},
                    maxLength = 20)
            String kind,

            @Schema(nullable = true) ActionView action) {}

    @Schema(name = "CommunicationTimeline")
    record TimelineView(
            @Schema(type = SchemaType.ARRAY, implementation = TimelineEntry.class, maxItems = 205)
            List<TimelineEntry> entries) {

        static TimelineView from(Timeline timeline) {
            return new TimelineView(timeline.entries().stream()
                    .map(entry -> new TimelineEntry(
                            entry.day(),
                            entry.kind().name(),
                            entry.action().map(ActionView::from).orElse(null)))
                    .toList());
        }
    }

    @Schema(name = "CommunicationAudience")
    record AudienceView(
            Audience audience,
            @Schema(maxLength = 200, nullable = true) String team) {

        static AudienceView from(Target target) {
            return new AudienceView(target.audience(), target.team());
        }
    }

    @Schema(
            name = "CommunicationProposal",
            description =
                    "An action the plan should hold and does not yet; plan it with POST …/actions (one per audience).")
    record ProposalView(
            @Schema(
                    maxLength = 40,
                    description = "CONSULTATION, JOBS_MESSAGE, POLICY_ANNOUNCEMENT or TOOL_ANNOUNCEMENT")
            String kind,

            @Schema(type = SchemaType.ARRAY, implementation = AudienceView.class, maxItems = 50)
            List<AudienceView> audiences,

            ChangeStage stage,

            @Schema(type = SchemaType.ARRAY, implementation = Concern.class, maxItems = 7)
            List<Concern> concerns,

            @Schema(maxLength = 40, description = "The message template it starts from")
            String template,

            @Schema(maxLength = 2000) String keyMessage,
            @Schema(maxLength = 2000, nullable = true) String easyToRead,
            @Schema(nullable = true) LegalBasis legalBasis,

            @Schema(nullable = true, maxLength = 10, implementation = String.class, format = "date")
            LocalDate dueOn,

            boolean late,

            @Schema(type = SchemaType.ARRAY, implementation = Subject.class, maxItems = 1)
            List<Subject> subjects) {

        static ProposalView from(Proposal proposal) {
            return new ProposalView(
                    proposal.kind(),
                    proposal.targets().stream().map(AudienceView::from).toList(),
                    proposal.stage(),
                    proposal.concerns().stream().sorted().toList(),
                    proposal.template(),
                    proposal.keyMessage(),
                    proposal.easyToRead(),
                    proposal.legalBasis(),
                    proposal.dueOn(),
                    proposal.late(),
                    proposal.subjects().stream().map(Subject::from).toList());
        }
    }

    @Schema(name = "CommunicationProposals")
    record ProposalsView(
            @Schema(type = SchemaType.ARRAY, implementation = ProposalView.class, maxItems = 410)
            List<ProposalView> items) {}

    @Schema(name = "MessageTemplate")
    record TemplateView(
            @Schema(maxLength = 40) String id,
            ChangeStage stage,
            @Schema(nullable = true) Concern concern,
            @Schema(nullable = true) LegalBasis legalBasis,
            @Schema(nullable = true, maxLength = 500) String legalSource,
            LocalizedText title,
            LocalizedText message,
            LocalizedText easyToRead) {

        static TemplateView from(MessageTemplate template) {
            return new TemplateView(
                    template.id(),
                    template.stage(),
                    template.concern(),
                    template.legalBasis(),
                    template.legalBasis() == null ? null : template.legalBasis().source(),
                    LocalizedText.of(template.title()),
                    LocalizedText.of(template.message()),
                    LocalizedText.of(template.easyToRead()));
        }
    }

    @Schema(name = "MessageTemplates")
    record Templates(
            @Schema(type = SchemaType.ARRAY, implementation = TemplateView.class, maxItems = 50)
            List<TemplateView> items) {}
}
