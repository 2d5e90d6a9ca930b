package org.gouvernail.app.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gouvernail.app.report.ReportService;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.transparency.AiTransparencyService;
import org.gouvernail.app.transparency.TransparencyPublication;
import org.gouvernail.domain.committee.AgendaItem;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.Committee;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.CommitteeRole;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.DecisionOutcome;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.MeetingFrequency;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.QuorumRule;
import org.gouvernail.domain.committee.RequestId;
import org.gouvernail.domain.committee.RequestKind;
import org.gouvernail.domain.committee.Votes;
import org.gouvernail.domain.committee.port.out.ApprovalRequests;
import org.gouvernail.domain.committee.port.out.Committees;
import org.gouvernail.domain.committee.port.out.Decisions;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.communication.Audience;
import org.gouvernail.domain.communication.ChangeStage;
import org.gouvernail.domain.communication.CommunicationAction;
import org.gouvernail.domain.communication.CommunicationActionId;
import org.gouvernail.domain.communication.CommunicationChannel;
import org.gouvernail.domain.communication.CommunicationDetails;
import org.gouvernail.domain.communication.CommunicationPlan;
import org.gouvernail.domain.communication.CommunicationPlanId;
import org.gouvernail.domain.communication.Concern;
import org.gouvernail.domain.communication.ConsultationDuty;
import org.gouvernail.domain.communication.LegalBasis;
import org.gouvernail.domain.communication.MessageTemplate;
import org.gouvernail.domain.communication.MessageTemplates;
import org.gouvernail.domain.communication.PlanDetails;
import org.gouvernail.domain.communication.Target;
import org.gouvernail.domain.communication.port.out.CommunicationActions;
import org.gouvernail.domain.communication.port.out.CommunicationPlans;
import org.gouvernail.domain.dashboard.Dashboard;
import org.gouvernail.domain.dashboard.IndicatorCatalogue;
import org.gouvernail.domain.dashboard.port.out.DashboardFigures;
import org.gouvernail.domain.dashboard.port.out.DashboardSnapshots;
import org.gouvernail.domain.feedback.About;
import org.gouvernail.domain.feedback.AboutKind;
import org.gouvernail.domain.feedback.Channel;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.Receipt;
import org.gouvernail.domain.feedback.port.out.FeedbackItems;
import org.gouvernail.domain.feedback.port.out.ReceiptHasher;
import org.gouvernail.domain.incident.HarmType;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentFacts;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.IncidentKind;
import org.gouvernail.domain.incident.IncidentType;
import org.gouvernail.domain.incident.port.out.Incidents;
import org.gouvernail.domain.inventory.AccountType;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolDetails;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberDetails;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.OrganisationProfile;
import org.gouvernail.domain.organisation.OrganisationSize;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyTemplate;
import org.gouvernail.domain.policy.PolicyTemplates;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.readiness.Answer;
import org.gouvernail.domain.readiness.CampaignId;
import org.gouvernail.domain.readiness.GovernanceSetup;
import org.gouvernail.domain.readiness.Practice;
import org.gouvernail.domain.readiness.PracticeDecision;
import org.gouvernail.domain.readiness.PracticeStatus;
import org.gouvernail.domain.readiness.ProfileFacts;
import org.gouvernail.domain.readiness.ReadinessCampaign;
import org.gouvernail.domain.readiness.ReadinessFramework;
import org.gouvernail.domain.readiness.ReadinessResponse;
import org.gouvernail.domain.readiness.RespondentGroup;
import org.gouvernail.domain.readiness.ResponseId;
import org.gouvernail.domain.readiness.port.out.GovernanceSetups;
import org.gouvernail.domain.readiness.port.out.ReadinessCampaigns;
import org.gouvernail.domain.readiness.port.out.ReadinessResponses;
import org.gouvernail.domain.report.Report;
import org.gouvernail.domain.report.ReportContent;
import org.gouvernail.domain.report.ReportType;
import org.gouvernail.domain.report.port.out.ReportDocuments;
import org.gouvernail.domain.report.port.out.Reports;
import org.gouvernail.domain.risk.ActionDetails;
import org.gouvernail.domain.risk.ActionId;
import org.gouvernail.domain.risk.ActionStatus;
import org.gouvernail.domain.risk.CatalogueEntry;
import org.gouvernail.domain.risk.MitigationAction;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskCatalogue;
import org.gouvernail.domain.risk.RiskDetails;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.Treatment;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Changes;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.AttendanceStatus;
import org.gouvernail.domain.training.CatalogueModule;
import org.gouvernail.domain.training.Evidence;
import org.gouvernail.domain.training.EvidenceKind;
import org.gouvernail.domain.training.SessionDetails;
import org.gouvernail.domain.training.TrainingCatalogue;
import org.gouvernail.domain.training.TrainingFormat;
import org.gouvernail.domain.training.TrainingMethod;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.TrainingRecordId;
import org.gouvernail.domain.training.TrainingSession;
import org.gouvernail.domain.training.TrainingSessionId;
import org.gouvernail.domain.training.port.out.LiteracyRequirements;
import org.gouvernail.domain.training.port.out.TrainingModules;
import org.gouvernail.domain.training.port.out.TrainingRecords;
import org.gouvernail.domain.training.port.out.TrainingSessions;
import org.gouvernail.domain.transparency.StatementContent;
import org.gouvernail.domain.transparency.TransparencyStatement;
import org.gouvernail.domain.transparency.port.in.AiTransparency.Narrative;
import org.gouvernail.domain.transparency.port.out.TransparencyStatements;
import org.gouvernail.domain.usecase.AiActAnswers;
import org.gouvernail.domain.usecase.FootprintInputs;
import org.gouvernail.domain.usecase.FootprintModel;
import org.gouvernail.domain.usecase.GridRegion;
import org.gouvernail.domain.usecase.PeopleAffected;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseDetails;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.ValuesCheck;
import org.gouvernail.domain.usecase.port.out.UseCases;
import org.jboss.logging.Logger;

/**
 * Demo data for ./run.sh (gouvernail.demo-data=true): a small Belgian asbl whose staff already
 * use a handful of AI tools, and a second association to show that tenants never meet. The demo
 * users of the Keycloak realm are invited by e-mail and become active on their first call. Two risks
 * of the starter catalogue, with their actions, give the risk register and its heatmap a start; a
 * constituted committee and the small-association charter, published, let the policy check answer.
 * Three training modules and a closed session give AI literacy a start, with a volunteer without an
 * account on the attendance sheet.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final Caller SEEDER =
            new Caller("gouvernail-demo-data", null, false, "Données de démonstration", true);
    private static final String DOMAIN = "@demo.gouvernail.org";

    private final Organisations organisations;
    private final Memberships memberships;
    private final Tools tools;
    private final Risks risks;
    private final Committees committees;
    private final Decisions decisions;
    private final Meetings meetings;
    private final ApprovalRequests requests;
    private final Policies policies;
    private final PolicyVersions versions;
    private final CommunicationPlans communicationPlans;
    private final CommunicationActions communicationActions;
    private final TrainingModules trainingModules;
    private final TrainingSessions trainingSessions;
    private final TrainingRecords trainingRecords;
    private final LiteracyRequirements literacyRequirements;
    private final Auditor auditor;
    private final FeedbackItems feedback;
    private final Incidents incidents;
    private final UseCases useCases;
    private final ReceiptHasher receipts;
    private final ReadinessCampaigns readinessCampaigns;
    private final ReadinessResponses readinessResponses;
    private final GovernanceSetups governanceSetups;
    private final IdGenerator ids;
    private final Clock clock;
    private final boolean enabled;
    private final DashboardFigures dashboardFigures;
    private final DashboardSnapshots dashboardSnapshots;
    private final AiTransparencyService transparency;
    private final TransparencyStatements transparencyStatements;

    public DemoData(
            Organisations organisations,
            Memberships memberships,
            Tools tools,
            Risks risks,
            Committees committees,
            Decisions decisions,
            Meetings meetings,
            ApprovalRequests requests,
            Policies policies,
            PolicyVersions versions,
            CommunicationPlans communicationPlans,
            CommunicationActions communicationActions,
            TrainingModules trainingModules,
            TrainingSessions trainingSessions,
            TrainingRecords trainingRecords,
            LiteracyRequirements literacyRequirements,
            Auditor auditor,
            FeedbackItems feedback,
            Incidents incidents,
            UseCases useCases,
            ReceiptHasher receipts,
            ReadinessCampaigns readinessCampaigns,
            ReadinessResponses readinessResponses,
            GovernanceSetups governanceSetups,
            IdGenerator ids,
            Clock clock,
            @ConfigProperty(name = "gouvernail.demo-data", defaultValue = "false") boolean enabled,
            DashboardFigures dashboardFigures,
            DashboardSnapshots dashboardSnapshots,
            AiTransparencyService transparency,
            TransparencyStatements transparencyStatements) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.tools = tools;
        this.risks = risks;
        this.committees = committees;
        this.decisions = decisions;
        this.meetings = meetings;
        this.requests = requests;
        this.policies = policies;
        this.versions = versions;
        this.communicationPlans = communicationPlans;
        this.communicationActions = communicationActions;
        this.trainingModules = trainingModules;
        this.trainingSessions = trainingSessions;
        this.trainingRecords = trainingRecords;
        this.literacyRequirements = literacyRequirements;
        this.auditor = auditor;
        this.feedback = feedback;
        this.incidents = incidents;
        this.useCases = useCases;
        this.receipts = receipts;
        this.readinessCampaigns = readinessCampaigns;
        this.readinessResponses = readinessResponses;
        this.governanceSetups = governanceSetups;
        this.ids = ids;
        this.clock = clock;
        this.enabled = enabled;
        this.dashboardFigures = dashboardFigures;
        this.dashboardSnapshots = dashboardSnapshots;
        this.transparency = transparency;
        this.transparencyStatements = transparencyStatements;
    }

    /** The reports' service and ports, injected here so that the constructor stays as it was. */
    @Inject
    ReportService reportService;

    @Inject
    Reports reports;

    @Inject
    ReportDocuments reportDocuments;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        try {
            seed();
        } catch (RuntimeException e) {
            // Several instances started together (scripts/scale-out.sh) all find no demo data and all
            // write it; the unique slug lets one win. The others start on its data instead of failing.
            if (!present()) {
                throw e;
            }
            LOG.info("Demo data written by another instance at the same time");
        }
    }

    @Transactional
    boolean present() {
        return organisations.slugTaken("entraide-quartier", new OrganisationId(ids.next()));
    }

    @Transactional
    void seed() {
        if (present()) {
            LOG.info("Demo data already present");
            return;
        }
        OrganisationId entraide =
                organisation("Entraide Quartier asbl", "entraide-quartier", new OrganisationSize(6, 40));
        Membership alice = invite(entraide, "alice", "Alice Dubois", PersonType.STAFF, Role.ADMIN);
        Membership bob = invite(entraide, "bob", "Bob Lambert", PersonType.BOARD, Role.COMMITTEE);
        Membership carol =
                invite(entraide, "carol", "Carole Peeters", PersonType.STAFF, Role.DATA_REFERENT, Role.COMMITTEE);
        Membership dave = invite(entraide, "dave", "David Mertens", PersonType.VOLUNTEER, Role.CONTRIBUTOR);
        Membership erin =
                invite(entraide, "erin", "Erine Janssens", PersonType.BOARD, Role.VIEWER, Role.PERSON_OF_TRUST);
        Membership fatou =
                add(entraide, new MemberDetails(null, "Fatou Diallo", PersonType.VOLUNTEER, Set.of(Role.CONTRIBUTOR)));

        AiTool chatGpt = tool(
                entraide,
                alice,
                ToolStatus.UNDER_REVIEW,
                toolDetails(
                        "ChatGPT",
                        "OpenAI",
                        "Posts pour les réseaux sociaux, courriers aux partenaires, résumés de réunion.",
                        ToolCategory.TEXT_GENERATION,
                        AccountType.PERSONAL_FREE,
                        HostingRegion.UNITED_STATES,
                        Set.of(DataCategory.INTERNAL, DataCategory.PERSONAL),
                        List.of("Communication", "Coordination"),
                        5,
                        BigDecimal.ZERO));
        AiTool deepL = tool(
                entraide,
                alice,
                ToolStatus.DECLARED,
                toolDetails(
                        "DeepL",
                        "DeepL SE",
                        "Traduction des courriers et affiches pour les familles non francophones.",
                        ToolCategory.TRANSLATION,
                        AccountType.PROFESSIONAL,
                        HostingRegion.EU,
                        Set.of(DataCategory.INTERNAL, DataCategory.PERSONAL),
                        List.of("Accueil", "Administration"),
                        4,
                        new BigDecimal("299.00")));
        tool(
                entraide,
                dave,
                ToolStatus.DECLARED,
                toolDetails(
                        "Canva (Magic Studio)",
                        "Canva",
                        "Visuels et affiches des activités du quartier.",
                        ToolCategory.IMAGE_GENERATION,
                        AccountType.PROFESSIONAL,
                        HostingRegion.UNITED_STATES,
                        Set.of(DataCategory.PUBLIC),
                        List.of("Communication"),
                        3,
                        BigDecimal.ZERO));
        tool(
                entraide,
                alice,
                ToolStatus.DECLARED,
                toolDetails(
                        "Noota",
                        "Noota SAS",
                        "Transcription et compte rendu des réunions d'équipe.",
                        ToolCategory.TRANSCRIPTION,
                        AccountType.PROFESSIONAL,
                        HostingRegion.EU,
                        Set.of(DataCategory.INTERNAL, DataCategory.PERSONAL),
                        List.of("Coordination"),
                        2,
                        new BigDecimal("240.00")));
        tool(
                entraide,
                alice,
                ToolStatus.DECLARED,
                toolDetails(
                        "Microsoft 365 Copilot",
                        "Microsoft",
                        "Aide à la rédaction dans Word et Outlook (licence associative).",
                        ToolCategory.TEXT_GENERATION,
                        AccountType.ENTERPRISE,
                        HostingRegion.EU,
                        Set.of(DataCategory.INTERNAL, DataCategory.PERSONAL),
                        List.of("Direction", "Comptabilité"),
                        3,
                        BigDecimal.ZERO));
        AiTool leChat = tool(
                entraide,
                dave,
                ToolStatus.DECLARED,
                toolDetails(
                        "Le Chat",
                        "Mistral AI",
                        "Utilisé à la permanence sociale pour reformuler des notes de suivi : à examiner d'urgence.",
                        ToolCategory.CHATBOT,
                        AccountType.PERSONAL_FREE,
                        HostingRegion.EU,
                        Set.of(DataCategory.PERSONAL, DataCategory.BENEFICIARY_VULNERABLE),
                        List.of("Permanence sociale"),
                        2,
                        BigDecimal.ZERO));

        risk(entraide, "R01", leChat, carol, alice);
        risk(entraide, "R02", chatGpt, alice, alice);
        committee(entraide, alice, bob, carol);
        policy(entraide, "small-local-association", alice);
        feedback(entraide, dave, leChat);
        incident(entraide, carol, leChat);
        dueSoon(entraide, alice, bob, carol, dave);
        training(entraide, carol, List.of(dave, fatou), erin);
        valuesCheck(entraide, carol, leChat);
        reviewCycle(entraide, alice, bob, carol);
        literacyRequirements(entraide, carol);
        readiness(entraide, List.of(bob, erin), List.of(alice, carol), List.of(dave, fatou));
        transparencyStatement(entraide, alice, carol, deepL, chatGpt);
        feedbackLoops(entraide, dave, bob);

        OrganisationId maisonDesJeunes =
                organisation("Maison des Jeunes de Namur", "mj-namur", new OrganisationSize(3, 15));
        Membership frank = invite(maisonDesJeunes, "frank", "Franck Dumont", PersonType.STAFF, Role.ADMIN);
        tool(
                maisonDesJeunes,
                frank,
                ToolStatus.DECLARED,
                toolDetails(
                        "Gemini",
                        "Google",
                        "Idées d'animations et de jeux pour les ateliers.",
                        ToolCategory.TEXT_GENERATION,
                        AccountType.PERSONAL_FREE,
                        HostingRegion.UNITED_STATES,
                        Set.of(DataCategory.INTERNAL),
                        List.of("Animation"),
                        3,
                        BigDecimal.ZERO));
        OrganisationId solidarite =
                organisation("Solidarité Emploi asbl", "solidarite-emploi", new OrganisationSize(60, 25));
        Membership aliceThere = invite(solidarite, "alice", "Alice Dubois", PersonType.STAFF, Role.ADMIN);
        Membership grace = add(
                solidarite,
                new MemberDetails(null, "Grâce Lemaire", PersonType.STAFF, Set.of(Role.COMMITTEE, Role.CONTRIBUTOR)));
        communicationPlans(solidarite, aliceThere, grace);
        dashboardHistory(entraide);
        boardBrief(entraide);
        federation(entraide, maisonDesJeunes, solidarite);
        sharedCatalogue(maisonDesJeunes, frank);
        LOG.info("Demo data seeded: Entraide Quartier asbl (alice, bob, carol, dave, erin), Maison des Jeunes de Namur"
                + " (frank) and Solidarité Emploi asbl, 60 workers (alice)");
    }

    /**
     * The dashboard's history of Entraide Quartier: today's snapshot as the registers count it, and one of
     * 35 days ago as the demo tells the month before (one tool and both risks not declared yet, the
     * exposure gap one person wider, no policy acknowledged), so that GET …/dashboard shows its trends.
     */
    private void dashboardHistory(OrganisationId organisation) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> now =
                dashboardFigures.of(organisation, today, clock.instant()).values();
        dashboardSnapshots.save(organisation, today, now);
        Map<String, Long> before = new HashMap<>(now);
        before.computeIfPresent(IndicatorCatalogue.TOOLS_IN_INVENTORY, (code, value) -> Math.max(0, value - 1));
        before.computeIfPresent(IndicatorCatalogue.RISKS_OPEN, (code, value) -> Math.max(0, value - 2));
        before.computeIfPresent(IndicatorCatalogue.RISKS_HIGH_INHERENT, (code, value) -> 0L);
        before.computeIfPresent(IndicatorCatalogue.RISKS_HIGH_RESIDUAL, (code, value) -> 0L);
        before.computeIfPresent(IndicatorCatalogue.LITERACY_EXPOSURE_GAPS, (code, value) -> value + 1);
        before.computeIfPresent(IndicatorCatalogue.POLICIES_ACK_RATE, (code, value) -> 0L);
        dashboardSnapshots.save(organisation, today.minusDays(35), before);
    }

    /**
     * An employer of 60 workers in Belgium: one plan whose consultation of worker representatives (CCT n° 39) is due
     * three months before go-live and planned in time, one whose go-live is too close: LATE.
     */
    private void communicationPlans(OrganisationId organisation, Membership admin, Membership sender) {
        LocalDate today = LocalDate.now(clock);
        CommunicationPlan assistant = communicationPlan(
                organisation,
                admin,
                new PlanDetails(
                        "Déploiement de l'assistant de rédaction",
                        "Que chaque équipe sache ce qui change, pourquoi, ce qui ne change pas et à qui poser ses questions.",
                        "Assistant de rédaction pour les conseillers emploi",
                        today,
                        today.plusMonths(9),
                        admin.id(),
                        today.plusMonths(4),
                        true,
                        true));
        MessageTemplate consultation = MessageTemplates.get("consultation-be");
        communicationAction(
                assistant,
                new CommunicationDetails(
                        Target.of(Audience.WORKER_REPRESENTATIVES),
                        ChangeStage.AWARENESS,
                        Set.of(Concern.JOBS, Concern.WORKLOAD, Concern.SURVEILLANCE),
                        consultation.message().fr(),
                        consultation.easyToRead().fr(),
                        CommunicationChannel.LETTER,
                        admin.id(),
                        today.plusWeeks(3),
                        LegalBasis.BE_CCT_39,
                        List.of()),
                null);
        MessageTemplate jobs = MessageTemplates.get("jobs");
        communicationAction(
                assistant,
                new CommunicationDetails(
                        Target.of(Audience.STAFF),
                        ChangeStage.AWARENESS,
                        Set.of(Concern.JOBS),
                        jobs.message().fr(),
                        jobs.easyToRead().fr(),
                        CommunicationChannel.MEETING,
                        admin.id(),
                        today.minusDays(3),
                        null,
                        List.of()),
                today.minusDays(3));
        communicationAction(
                assistant,
                new CommunicationDetails(
                        Target.team("Conseil emploi"),
                        ChangeStage.KNOWLEDGE,
                        Set.of(Concern.QUALITY, Concern.PRIVACY),
                        MessageTemplates.get("quality").message().fr(),
                        MessageTemplates.get("quality").easyToRead().fr(),
                        CommunicationChannel.TRAINING,
                        sender.id(),
                        today.plusMonths(3),
                        null,
                        List.of()),
                null);
        communicationPlan(
                organisation,
                admin,
                new PlanDetails(
                        "Pilote de transcription des entretiens",
                        "Informer avant le pilote de transcription automatique des entretiens.",
                        "Transcription des entretiens",
                        today,
                        today.plusMonths(6),
                        sender.id(),
                        today.plusWeeks(6),
                        true,
                        false));
    }

    private CommunicationPlan communicationPlan(OrganisationId organisation, Membership author, PlanDetails details) {
        CommunicationPlan plan = CommunicationPlan.drawUp(
                new CommunicationPlanId(ids.next()), organisation, details, author.id(), clock.instant());
        Organisation owner = organisations.find(organisation).orElseThrow();
        communicationPlans.add(
                plan,
                ConsultationDuty.of(owner.profile(), details)
                        .map(ConsultationDuty::dueOn)
                        .orElse(null));
        auditor.record(
                SEEDER,
                organisation,
                "communication-plan.drawn-up",
                "COMMUNICATION_PLAN",
                plan.id().value(),
                Changes.of(details));
        return plan;
    }

    /** A planned action, or a done one when {@code doneOn} is given. */
    private void communicationAction(CommunicationPlan plan, CommunicationDetails details, LocalDate doneOn) {
        CommunicationAction action = CommunicationAction.plan(
                new CommunicationActionId(ids.next()), plan.organisationId(), plan.id(), details, clock.instant());
        if (doneOn != null) {
            action = action.markDone(doneOn, 54, LocalDate.now(clock));
        }
        communicationActions.add(action);
        auditor.record(
                SEEDER,
                plan.organisationId(),
                "communication-action.planned",
                "COMMUNICATION_ACTION",
                action.id().value(),
                "plan: " + plan.id() + "; " + Changes.of(details));
    }

    /**
     * Three feedback items: dave's identified suggestion, his confidential concern (acknowledged),
     * and an anonymous concern received two days ago, whose reporter follows it with the demo receipt
     * {@value #DEMO_RECEIPT} (docs/api.md).
     */
    private void feedback(OrganisationId organisation, Membership dave, AiTool leChat) {
        LocalDate today = LocalDate.now(clock);
        FeedbackItem suggestion = FeedbackItem.submit(
                FeedbackItemId.random(),
                organisation,
                new FeedbackDraft(
                        FeedbackKind.SUGGESTION,
                        null,
                        "Un modèle de courrier traduit par DeepL et relu, à partager avec l'accueil ?",
                        Channel.APP),
                IdentityMode.IDENTIFIED,
                dave.id(),
                today);
        FeedbackItem concern = FeedbackItem.submit(
                        FeedbackItemId.random(),
                        organisation,
                        new FeedbackDraft(
                                FeedbackKind.CONCERN,
                                new About(AboutKind.TOOL, leChat.id().value(), null, null),
                                "À la permanence, des notes de suivi sont reformulées dans un compte gratuit.",
                                Channel.APP),
                        IdentityMode.CONFIDENTIAL,
                        dave.id(),
                        today.minusDays(3))
                .acknowledge(today.minusDays(1));
        FeedbackItem anonymous = FeedbackItem.submitAnonymously(
                FeedbackItemId.random(),
                organisation,
                new FeedbackDraft(
                        FeedbackKind.CONCERN,
                        null,
                        "On nous demande d'utiliser l'IA pour trier les demandes d'aide : qui vérifie ?",
                        Channel.INTRANET),
                receipts.hash(organisation, new Receipt(DEMO_RECEIPT)),
                today.minusDays(2));
        for (FeedbackItem item : List.of(suggestion, concern, anonymous)) {
            feedback.add(item);
            auditor.record(
                    SEEDER,
                    organisation,
                    "feedback.submitted",
                    "FEEDBACK_ITEM",
                    item.id().value(),
                    "kind: " + item.kind() + "; identityMode: " + item.identityMode());
        }
    }

    /**
     * An incident detected 30 hours ago: beneficiaries' follow-up notes pasted in Le Chat's free
     * account. Its art. 33(1) notification to the APD/GBA is due in 42 hours.
     */
    private void incident(OrganisationId organisation, Membership carol, AiTool leChat) {
        Instant detected = clock.instant().minus(Duration.ofHours(30)).truncatedTo(ChronoUnit.MINUTES);
        Incident incident = Incident.report(
                new IncidentId(ids.next()),
                organisation,
                new IncidentFacts(
                        "Notes de suivi de bénéficiaires collées dans Le Chat (compte gratuit)",
                        "Une bénévole de la permanence a reformulé trois notes de suivi avec Le Chat, compte personnel gratuit.",
                        IncidentKind.INCIDENT,
                        IncidentType.PERSONAL_DATA_IN_PUBLIC_TOOL,
                        detected.minus(Duration.ofHours(20)),
                        detected,
                        Set.of(leChat.id().value()),
                        Set.of(),
                        "TOOL_CATEGORY CHATBOT: FORBIDDEN",
                        Set.of(DataCategory.BENEFICIARY_VULNERABLE),
                        "bénéficiaires de la permanence sociale",
                        3,
                        true,
                        Set.of(HarmType.PRIVACY),
                        false,
                        true,
                        false),
                "BE",
                carol.id(),
                clock.instant());
        incidents.add(incident);
        auditor.record(
                SEEDER,
                organisation,
                "incident.reported",
                "INCIDENT",
                incident.id().value(),
                "type: " + incident.facts().type() + "; severity: " + incident.severity());
    }

    /** The disclosure requests' port, injected apart from the constructor so that this method merges on its own. */
    @jakarta.inject.Inject
    org.gouvernail.domain.feedback.port.out.DisclosureRequests disclosureRequests;

    /**
     * The loops, closed for the members: dave's success story (he consents to be quoted), answered,
     * and an anonymous concern whose reporter consents too, both quoted in
     * GET …/feedback/digest; and a confidential concern whose author bob (COMMITTEE) asks to know,
     * pending, on the custodians' (carol, erin) to-do lists and in GET …/feedback/disclosure-requests.
     */
    private void feedbackLoops(OrganisationId organisation, Membership dave, Membership bob) {
        LocalDate today = LocalDate.now(clock);
        FeedbackItem story = FeedbackItem.submit(
                        FeedbackItemId.random(),
                        organisation,
                        new FeedbackDraft(
                                FeedbackKind.SUCCESS_STORY,
                                null,
                                "Le compte rendu des réunions d'équipe, préparé avec l'IA et relu, nous fait gagner une heure par semaine.",
                                Channel.APP,
                                true),
                        IdentityMode.IDENTIFIED,
                        dave.id(),
                        today.minusDays(10))
                .acknowledge(today.minusDays(9))
                .close(
                        "Merci : le comité propose d'étendre ces comptes rendus relus aux autres équipes.",
                        today.minusDays(2));
        FeedbackItem anonymous = FeedbackItem.submitAnonymously(
                FeedbackItemId.random(),
                organisation,
                new FeedbackDraft(
                        FeedbackKind.CONCERN,
                        null,
                        "Personne ne nous a dit quand l'IA est permise à l'accueil.",
                        Channel.APP,
                        true),
                null,
                today.minusDays(5));
        FeedbackItem confidential = FeedbackItem.submit(
                FeedbackItemId.random(),
                organisation,
                new FeedbackDraft(
                        FeedbackKind.CONCERN,
                        null,
                        "Un responsable impose un outil d'IA non déclaré pour trier les candidatures de bénévoles.",
                        Channel.APP),
                IdentityMode.CONFIDENTIAL,
                dave.id(),
                today.minusDays(4));
        for (FeedbackItem item : List.of(story, anonymous, confidential)) {
            feedback.add(item);
            auditor.record(
                    SEEDER,
                    organisation,
                    "feedback.submitted",
                    "FEEDBACK_ITEM",
                    item.id().value(),
                    "kind: " + item.kind() + "; identityMode: " + item.identityMode());
        }
        org.gouvernail.domain.feedback.DisclosureRequest request =
                org.gouvernail.domain.feedback.DisclosureRequest.file(
                        new org.gouvernail.domain.feedback.DisclosureRequestId(ids.next()),
                        confidential,
                        bob.id(),
                        "Le comité doit entendre l'auteur avant d'instruire ce signalement.",
                        clock.instant());
        disclosureRequests.add(request);
        auditor.record(
                SEEDER,
                organisation,
                "feedback.disclosure-requested",
                "FEEDBACK_ITEM",
                confidential.id().value(),
                "request: " + request.id());
    }

    /** The review cycle's ports, injected apart from the constructor so that this method merges on its own. */
    @jakarta.inject.Inject
    org.gouvernail.domain.review.port.out.Reviews reviews;

    @jakarta.inject.Inject
    org.gouvernail.domain.review.port.out.ReviewSubjects reviewSubjects;

    /**
     * The committee's next meeting, in ten days, with the agenda the review cycle proposes: one item
     * per subject due by then (the HIGH incident, the HIGH risks...), each with its open review, as
     * POST …/reviews/propose-agenda writes it.
     */
    private void reviewCycle(OrganisationId organisation, Membership chair, Membership member, Membership referent) {
        LocalDate day = LocalDate.now(clock).plusDays(10);
        org.gouvernail.domain.committee.MeetingId meetingId = new org.gouvernail.domain.committee.MeetingId(ids.next());
        List<org.gouvernail.domain.review.DueSubject> candidates =
                reviewSubjects.candidates(organisation, day, clock.instant(), 50);
        List<AgendaItem> agenda = new java.util.ArrayList<>();
        List<org.gouvernail.domain.review.Review> proposed = new java.util.ArrayList<>();
        for (org.gouvernail.domain.review.DueReview due :
                org.gouvernail.domain.review.DueReview.of(candidates, List.of(), day)) {
            if (agenda.size() == Meeting.MAX_AGENDA_ITEMS) {
                break;
            }
            org.gouvernail.domain.review.Review review = org.gouvernail.domain.review.Review.propose(
                    new org.gouvernail.domain.review.ReviewId(ids.next()),
                    organisation,
                    due.subject(),
                    meetingId,
                    LocalDate.now(clock));
            proposed.add(review);
            agenda.add(AgendaItem.review(
                    org.gouvernail.app.review.ReviewCycleService.agendaTitle(due.subject()),
                    review.id().value()));
        }
        Meeting meeting = new Meeting(
                meetingId,
                organisation,
                day,
                agenda,
                Set.of(chair.id(), member.id(), referent.id()),
                null,
                0,
                clock.instant());
        meetings.add(meeting);
        auditor.record(
                SEEDER,
                organisation,
                "meeting.scheduled",
                "MEETING",
                meetingId.value(),
                "date: " + day + "; agenda items: " + agenda.size());
        for (org.gouvernail.domain.review.Review review : proposed) {
            reviews.add(review);
            auditor.record(
                    SEEDER,
                    organisation,
                    "review.proposed",
                    "REVIEW",
                    review.id().value(),
                    "subject: " + review.subject().subjectType() + " "
                            + review.subject().subjectId() + "; reason: "
                            + review.subject().reason());
        }
    }

    /** The receipt of the demo's anonymous item (never a real one: real receipts are random and shown once). */
    static final String DEMO_RECEIPT = "4821093755661208";

    /**
     * AI literacy: three modules of the starter catalogue copied and published, and a session held a
     * week ago and closed, whose paper sheet had a volunteer without an account among those present:
     * one record per person present and module.
     */
    /** The quiz of the charter module (issue 13): two questions, all right to pass. */
    private static org.gouvernail.domain.training.ModuleQuiz charterQuiz() {
        return new org.gouvernail.domain.training.ModuleQuiz(
                List.of(
                        new org.gouvernail.domain.training.ModuleQuiz.Question(
                                "Qui relit une production de l'IA avant de l'utiliser ?",
                                List.of("Personne", "La personne qui l'utilise", "L'outil lui-même"),
                                Set.of(1)),
                        new org.gouvernail.domain.training.ModuleQuiz.Question(
                                "Quelles données restent hors des outils d'IA ?",
                                List.of("La santé d'un bénéficiaire", "La météo", "L'adresse d'un bénéficiaire"),
                                Set.of(0, 2))),
                100);
    }

    private void training(
            OrganisationId organisation, Membership coordinator, List<Membership> present, Membership excused) {
        List<TrainingModule> published = new ArrayList<>();
        for (String entry : List.of("checking-ai-outputs", "beneficiary-data-stays-out", "our-charter-in-15-minutes")) {
            CatalogueModule copied = TrainingCatalogue.find(entry).orElseThrow();
            TrainingModule module = TrainingModule.draft(
                            new TrainingModuleId(ids.next()),
                            organisation,
                            copied.code(),
                            copied.content(Language.FR),
                            copied.id(),
                            coordinator.id(),
                            clock.instant())
                    .publish();
            if (entry.equals("our-charter-in-15-minutes")) {
                module = module.withQuiz(charterQuiz());
            }
            trainingModules.add(module);
            auditor.record(
                    SEEDER,
                    organisation,
                    "training-module.published",
                    "TRAINING_MODULE",
                    module.id().value(),
                    "code: " + module.code() + "; fromCatalogue: " + entry);
            published.add(module);
        }
        LocalDate day = LocalDate.now(clock).minusDays(7);
        Map<MemberId, AttendanceStatus> sheet = new HashMap<>();
        present.forEach(person -> sheet.put(person.id(), AttendanceStatus.PRESENT));
        sheet.put(excused.id(), AttendanceStatus.EXCUSED);
        TrainingSession session = TrainingSession.plan(
                        new TrainingSessionId(ids.next()),
                        organisation,
                        new SessionDetails(
                                "Atelier IA des bénévoles",
                                Set.of(published.get(0).id(), published.get(1).id()),
                                day,
                                105,
                                TrainingFormat.IN_PERSON,
                                "fr",
                                "Carole Peeters",
                                "Salle polyvalente, rue Haute",
                                20),
                        coordinator.id())
                .withAttendance(sheet)
                .held(day)
                .close(clock.instant());
        trainingSessions.add(session);
        int written = 0;
        for (MemberId person : session.present()) {
            for (TrainingModule module : published.subList(0, 2)) {
                trainingRecords.add(TrainingRecord.of(
                        new TrainingRecordId(ids.next()),
                        module,
                        person,
                        day,
                        TrainingMethod.SESSION,
                        new Evidence(EvidenceKind.ATTENDANCE_SHEET, "Feuille de présence du " + day),
                        session.id(),
                        coordinator.id(),
                        clock.instant()));
                written++;
            }
        }
        auditor.record(
                SEEDER,
                organisation,
                "training-session.closed",
                "TRAINING_SESSION",
                session.id().value(),
                "status: HELD → CLOSED; present: " + session.present().size() + "; records: " + written);
    }

    /**
     * AI literacy requirements (art. 4 AI Act) over the modules {@link #training} published: the
     * volunteers follow the charter and the checking module within 30 days of joining, every two
     * years; the users of a tool touching PERSONAL data or more follow the data-protection and
     * checking modules within 14 days of their first use of an approved tool.
     */
    private void literacyRequirements(OrganisationId organisation, Membership coordinator) {
        Map<String, org.gouvernail.domain.training.TrainingModuleId> byEntry = new HashMap<>();
        trainingModules
                .list(
                        organisation,
                        Optional.of(org.gouvernail.domain.training.ModuleStatus.ACTIVE),
                        org.gouvernail.domain.shared.PageRequest.first(50))
                .items()
                .forEach(module -> byEntry.put(module.catalogueEntry(), module.id()));
        List<org.gouvernail.domain.training.RequirementTerms> all = List.of(
                new org.gouvernail.domain.training.RequirementTerms(
                        "Bénévoles : notre charte IA et vérifier une production de l'IA",
                        new org.gouvernail.domain.training.Audience(
                                Set.of(PersonType.VOLUNTEER), null, null, null, null, null, null),
                        List.of(byEntry.get("our-charter-in-15-minutes"), byEntry.get("checking-ai-outputs")),
                        org.gouvernail.domain.training.RequirementTrigger.ONBOARDING,
                        30,
                        24,
                        org.gouvernail.domain.training.RequirementLevel.MANDATORY,
                        "Les bénévoles accueillent des personnes en situation de précarité et utilisent parfois un "
                                + "outil d'IA pour traduire ou rédiger : l'art. 4 du règlement IA vise aussi les personnes "
                                + "qui agissent pour notre compte. Format court (15 min + atelier), en français, refait tous "
                                + "les deux ans.",
                        coordinator.id()),
                new org.gouvernail.domain.training.RequirementTerms(
                        "Utilisateurs d'outils touchant des données personnelles",
                        new org.gouvernail.domain.training.Audience(
                                null, null, null, null, null, null, DataCategory.PERSONAL),
                        List.of(byEntry.get("beneficiary-data-stays-out"), byEntry.get("checking-ai-outputs")),
                        org.gouvernail.domain.training.RequirementTrigger.TOOL_ACCESS,
                        14,
                        null,
                        org.gouvernail.domain.training.RequirementLevel.MANDATORY,
                        "Un outil approuvé qui touche des données personnelles de bénéficiaires : avant de s'en "
                                + "servir, chacun sait ce qui n'y entre jamais (RGPD art. 5 et 32) et relit ce qui en sort.",
                        coordinator.id()));
        for (org.gouvernail.domain.training.RequirementTerms terms : all) {
            org.gouvernail.domain.training.LiteracyRequirement requirement =
                    org.gouvernail.domain.training.LiteracyRequirement.create(
                            new org.gouvernail.domain.training.LiteracyRequirementId(ids.next()),
                            organisation,
                            terms,
                            coordinator.id(),
                            clock.instant());
            literacyRequirements.add(requirement);
            literacyRequirements.addState(requirement, requirement.createdAt());
            auditor.record(
                    SEEDER,
                    organisation,
                    "literacy-requirement.created",
                    "LITERACY_REQUIREMENT",
                    requirement.id().value(),
                    "title: " + terms.title() + "; trigger: " + terms.trigger() + "; level: " + terms.level());
        }
    }

    @jakarta.inject.Inject
    org.gouvernail.domain.federation.port.out.FederationLinks federationLinks;

    @jakarta.inject.Inject
    org.gouvernail.domain.federation.port.out.FederationSnapshots federationSnapshots;

    /**
     * A demo federation, "Fédération des associations de quartier" (alice ADMIN, bob ANALYST), with the
     * three demo associations and four more (seven members, above k = 5), every link ACTIVE and consenting
     * to four indicators (inventory, policies in force, literacy coverage, committee constituted), and this
     * month's snapshots, so that GET /api/v1/federations/{id}/dashboard?segment=REGION shows numbers and
     * suppressed cells, and GET …/organisations/{entraide}/benchmark?federation={id} a comparison.
     */
    private void federation(OrganisationId entraide, OrganisationId maisonDesJeunes, OrganisationId solidarite) {
        OrganisationId federation = new OrganisationId(ids.next());
        OrganisationProfile profile = new OrganisationProfile(
                "Fédération des associations de quartier",
                "federation-quartiers",
                "BE",
                new OrganisationSize(4, 10),
                "fr");
        organisations.add(Organisation.register(federation, OrganisationKind.FEDERATION, profile, clock.instant()));
        auditor.record(
                SEEDER, federation, "organisation.registered", "ORGANISATION", federation.value(), Changes.of(profile));
        invite(federation, "alice", "Alice Dubois", PersonType.STAFF, Role.ADMIN);
        invite(federation, "bob", "Bob Lambert", PersonType.BOARD, Role.ANALYST);
        record Member(OrganisationId id, String region, org.gouvernail.domain.federation.Sector sector) {}
        List<Member> members = new java.util.ArrayList<>(List.of(
                new Member(entraide, "BE-BRU", org.gouvernail.domain.federation.Sector.SOCIAL_ACTION),
                new Member(maisonDesJeunes, "BE-WAL", org.gouvernail.domain.federation.Sector.YOUTH),
                new Member(solidarite, "BE-BRU", org.gouvernail.domain.federation.Sector.SOCIAL_ACTION)));
        String[][] others = {
            {"Maison Médicale du Parc", "maison-medicale-parc", "BE-BRU", "HEALTH"},
            {"Les Petits Débrouillards Liège", "debrouillards-liege", "BE-WAL", "YOUTH"},
            {"Repair Café Schaerbeek", "repair-cafe-schaerbeek", "BE-BRU", "ENVIRONMENT"},
            {"Alpha Quartiers asbl", "alpha-quartiers", "BE-BRU", "EDUCATION"}
        };
        int n = 0;
        for (String[] other : others) {
            OrganisationId id = organisation(other[0], other[1], new OrganisationSize(2 + 3 * n, 12 + n));
            Membership admin = add(
                    id,
                    new MemberDetails(null, "Coordination " + other[0], PersonType.STAFF, Set.of(Role.CONTRIBUTOR)));
            for (int t = 0; t <= n + 1; t++) {
                tool(
                        id,
                        admin,
                        t % 2 == 0 ? ToolStatus.UNDER_REVIEW : ToolStatus.DECLARED,
                        toolDetails(
                                t % 2 == 0 ? "DeepL" : "ChatGPT",
                                t % 2 == 0 ? "DeepL SE" : "OpenAI",
                                "Outil déclaré pour la démonstration de la fédération.",
                                t % 2 == 0 ? ToolCategory.TRANSLATION : ToolCategory.TEXT_GENERATION,
                                AccountType.PROFESSIONAL,
                                HostingRegion.EU,
                                Set.of(DataCategory.INTERNAL),
                                List.of("Coordination"),
                                2,
                                BigDecimal.ZERO));
            }
            members.add(new Member(id, other[2], org.gouvernail.domain.federation.Sector.valueOf(other[3])));
            n++;
        }
        List<String> shared = List.of(
                org.gouvernail.domain.dashboard.IndicatorCatalogue.TOOLS_IN_INVENTORY,
                org.gouvernail.domain.dashboard.IndicatorCatalogue.POLICIES_IN_FORCE,
                org.gouvernail.domain.dashboard.IndicatorCatalogue.LITERACY_COVERAGE,
                org.gouvernail.domain.dashboard.IndicatorCatalogue.COMMITTEE_CONSTITUTED);
        LocalDate today = LocalDate.now(clock);
        for (Member member : members) {
            var now = clock.instant();
            var link = org.gouvernail.domain.federation.FederationLink.invite(
                            new org.gouvernail.domain.federation.FederationLinkId(ids.next()),
                            federation,
                            member.id(),
                            new org.gouvernail.domain.federation.Region(member.region()),
                            member.sector(),
                            now)
                    .accept(null, null, now);
            for (String code : shared) {
                link = link.grant(code, org.gouvernail.domain.federation.Granularity.AGGREGATE_ONLY, null, now);
            }
            federationLinks.add(link);
            for (OrganisationId trail : List.of(federation, member.id())) {
                auditor.record(SEEDER, new org.gouvernail.domain.federation.FederationEvent.LinkInvited(trail, link));
            }
            var figures = dashboardFigures.of(member.id(), today, now);
            java.util.Map<String, Long> values = new java.util.TreeMap<>();
            shared.forEach(code -> figures.value(code).ifPresent(value -> values.put(code, value)));
            var size = organisations.find(member.id()).orElseThrow().profile().size();
            federationSnapshots.save(
                    link, today.withDayOfMonth(1), org.gouvernail.domain.federation.SizeClass.of(size), values);
        }
    }

    @jakarta.inject.Inject
    org.gouvernail.domain.catalogue.port.out.CatalogueEntries catalogueEntries;

    @jakarta.inject.Inject
    org.gouvernail.domain.catalogue.port.out.CatalogueAdoptions catalogueAdoptions;

    /**
     * The demo federation's shared tool catalogue (ADR 0028): one PUBLISHED entry, Mistral Le Chat on
     * its Team plan, assessed for data up to INTERNAL and allowed with conditions, adopted by the Maison
     * des Jeunes with INTERNAL and PERSONAL data: its tool is DECLARED with a blocking finding
     * (DATA_ABOVE_CEILING), so that GET …/organisations/{mj-namur}/tools/{id}/adoption shows it and an
     * approval is refused until its own assessment covers the personal data.
     */
    private void sharedCatalogue(OrganisationId adopter, Membership declarer) {
        OrganisationId federation =
                organisations.findBySlug("federation-quartiers").orElseThrow().id();
        var now = clock.instant();
        var content = new org.gouvernail.domain.catalogue.EntryContent(
                "Le Chat",
                "Mistral AI",
                ToolCategory.TEXT_GENERATION,
                AccountType.PROFESSIONAL,
                "Team",
                HostingRegion.EU,
                org.gouvernail.domain.inventory.assessment.AssessmentLevel.GOOD,
                DataCategory.INTERNAL,
                org.gouvernail.domain.catalogue.Recommendation.ALLOWED_WITH_CONDITIONS,
                "Comptes d'équipe uniquement; historique désactivé; aucune donnée de bénéficiaires.",
                "Hébergé dans l'UE, accord de sous-traitance signé, pas d'entraînement sur les données du plan Team.",
                "https://federation-quartiers.example/modeles/accord-sous-traitance-mistral.pdf",
                "https://federation-quartiers.example/offres/mistral-team",
                LocalDate.now(clock).minusMonths(1),
                LocalDate.now(clock).plusMonths(11));
        var draft = org.gouvernail.domain.catalogue.CatalogueEntry.draft(
                new org.gouvernail.domain.catalogue.CatalogueEntryId(ids.next()), federation, content, now);
        var entry = draft.publish(now);
        catalogueEntries.add(entry);
        auditor.record(SEEDER, new org.gouvernail.domain.catalogue.CatalogueEvent.EntryChanged(entry, "published"));
        Set<DataCategory> data = Set.of(DataCategory.INTERNAL, DataCategory.PERSONAL);
        AiTool tool = tool(
                adopter,
                declarer,
                ToolStatus.DECLARED,
                toolDetails(
                        content.name(),
                        content.vendor(),
                        "Comptes rendus des réunions d'équipe, adopté du catalogue de la fédération.",
                        content.category(),
                        content.accountType(),
                        content.hostingRegion(),
                        data,
                        List.of("Coordination"),
                        3,
                        BigDecimal.ZERO));
        var adoption = org.gouvernail.domain.catalogue.CatalogueAdoption.adopt(entry, adopter, tool.id(), data, now);
        catalogueAdoptions.add(adoption);
        auditor.record(SEEDER, new org.gouvernail.domain.catalogue.CatalogueEvent.ToolAdopted(adoption));
    }

    private OrganisationId organisation(String name, String slug, OrganisationSize size) {
        OrganisationId id = new OrganisationId(ids.next());
        OrganisationProfile profile = new OrganisationProfile(name, slug, "BE", size, "fr");
        organisations.add(Organisation.register(id, OrganisationKind.ASSOCIATION, profile, clock.instant()));
        auditor.record(SEEDER, id, "organisation.registered", "ORGANISATION", id.value(), Changes.of(profile));
        return id;
    }

    private Membership invite(OrganisationId organisation, String login, String name, PersonType type, Role... roles) {
        return add(organisation, new MemberDetails(login + DOMAIN, name, type, Set.of(roles)));
    }

    private Membership add(OrganisationId organisation, MemberDetails details) {
        Membership membership = Membership.invite(new MemberId(ids.next()), organisation, details, clock.instant());
        memberships.add(membership);
        auditor.record(
                SEEDER,
                organisation,
                "member.invited",
                "MEMBER",
                membership.id().value(),
                Changes.of(details));
        return membership;
    }

    private AiTool tool(OrganisationId organisation, Membership declarer, ToolStatus status, ToolDetails details) {
        AiTool tool = AiTool.declare(new ToolId(ids.next()), organisation, details, declarer.id(), clock.instant());
        tools.add(status == ToolStatus.DECLARED ? tool : tool.moveTo(status));
        auditor.record(SEEDER, organisation, "tool.declared", "TOOL", tool.id().value(), Changes.of(details));
        return tool;
    }

    /** Alice chairs, Bob sits, Carole is the data referent; the charter allows decisions by written procedure. */
    private void committee(OrganisationId organisation, Membership chair, Membership member, Membership dataReferent) {
        Charter charter = new Charter(
                "Veiller à ce que l'IA serve nos missions sans exposer les personnes que nous accompagnons.",
                MeetingFrequency.QUARTERLY,
                true,
                QuorumRule.MAJORITY,
                Charter.DEFAULT_MIN,
                Charter.DEFAULT_MAX);
        LocalDate start = LocalDate.now(clock).withDayOfYear(1);
        committees.save(Committee.empty(organisation)
                .withCharterAndMembers(
                        charter,
                        List.of(
                                new CommitteeMember(chair.id(), CommitteeRole.CHAIR, true, start, null),
                                new CommitteeMember(member.id(), CommitteeRole.MEMBER, true, start, null),
                                new CommitteeMember(
                                        dataReferent.id(), CommitteeRole.DATA_REFERENT, true, start, null))));
        auditor.record(
                SEEDER, organisation, "committee.configured", "COMMITTEE", organisation.value(), Changes.of(charter));
    }

    /**
     * Readiness: a spring campaign and an autumn one, both closed, answered by the board (bob, erin), the staff
     * (alice, carol) and the volunteers (dave, fatou): the board sees governance and data in good hands (stage 4),
     * the volunteers at the permanence do not (stages 1–2), so the results flag the disagreement, and the autumn
     * shows a trend against the spring. The governance profile is proposed MID_SIZE (vulnerable beneficiaries met
     * by 46 people); social dialogue is NOT_APPLIED, explained.
     */
    private void readiness(
            OrganisationId organisation, List<Membership> board, List<Membership> staff, List<Membership> volunteers) {
        java.time.Instant now = clock.instant();
        CampaignId spring = readinessCampaign(
                organisation, "Où en sommes-nous ? Printemps 2026", now.minus(java.time.Duration.ofDays(200)), 0);
        CampaignId autumn = readinessCampaign(
                organisation, "Où en sommes-nous ? Automne 2026", now.minus(java.time.Duration.ofDays(20)), 1);
        for (CampaignId campaign : List.of(spring, autumn)) {
            int progress = campaign.equals(autumn) ? 1 : 0;
            board.forEach(member -> readinessResponse(organisation, campaign, member, RespondentGroup.BOARD, 4, 0));
            staff.forEach(member ->
                    readinessResponse(organisation, campaign, member, RespondentGroup.STAFF, 2 + progress, 0));
            volunteers.forEach(member ->
                    readinessResponse(organisation, campaign, member, RespondentGroup.VOLUNTEERS, 1, progress));
        }
        GovernanceSetup setup = GovernanceSetup.start(
                        organisation, new ProfileFacts(6, 40, true, true, 1, false), null, null)
                .decide(new PracticeDecision(Practice.AI_REFERENT, PracticeStatus.APPLIED, null, now))
                .decide(new PracticeDecision(Practice.GOVERNANCE_COMMITTEE, PracticeStatus.APPLIED, null, now))
                .decide(new PracticeDecision(
                        Practice.SOCIAL_DIALOGUE,
                        PracticeStatus.NOT_APPLIED,
                        "Six travailleurs, pas de délégation syndicale : l'équipe est consultée en réunion mensuelle.",
                        now));
        governanceSetups.add(setup);
        auditor.record(
                SEEDER,
                organisation,
                "governance-profile.set",
                "GOVERNANCE_SETUP",
                organisation.value(),
                "profile: none → " + setup.chosen() + "; proposed: "
                        + setup.proposal().profile());
    }

    private CampaignId readinessCampaign(OrganisationId organisation, String title, java.time.Instant opened, int n) {
        ReadinessCampaign campaign = ReadinessCampaign.open(
                        new CampaignId(ids.next()),
                        organisation,
                        title,
                        Set.of(RespondentGroup.BOARD, RespondentGroup.STAFF, RespondentGroup.VOLUNTEERS),
                        false,
                        opened)
                .close(opened.plus(java.time.Duration.ofDays(14)));
        readinessCampaigns.add(campaign);
        auditor.record(
                SEEDER,
                organisation,
                "readiness-campaign.closed",
                "READINESS_CAMPAIGN",
                campaign.id().value(),
                "groups: BOARD,STAFF,VOLUNTEERS; anonymous: false; demo " + n);
        return campaign.id();
    }

    /**
     * One member's answers: {@code stage} everywhere, raised by {@code bonus} on the practices' dimensions;
     * the volunteers do not know what the board decided (LG1 "I don't know").
     */
    private void readinessResponse(
            OrganisationId organisation,
            CampaignId campaign,
            Membership member,
            RespondentGroup group,
            int stage,
            int bonus) {
        List<Answer> answers = ReadinessFramework.current().questions().stream()
                .map(question -> new Answer(
                        question.code(),
                        group == RespondentGroup.VOLUNTEERS && question.code().equals("LG1")
                                ? null
                                : Math.min(5, stage + (question.code().startsWith("CP") ? bonus : 0))))
                .toList();
        readinessResponses.add(new ReadinessResponse(
                new ResponseId(ids.next()), organisation, campaign, member.id(), group, answers, clock.instant(), 0));
    }

    /** The starter template in French, version 1 published by a unanimous written-procedure decision: the policy check answers at once. */
    private void policy(OrganisationId organisation, String templateId, Membership chair) {
        PolicyTemplate template = PolicyTemplates.find(templateId).orElseThrow();
        Policy policy = new Policy(
                new PolicyId(ids.next()),
                organisation,
                template.title().fr(),
                template.purpose().fr(),
                template.id(),
                chair.id(),
                0,
                clock.instant());
        policies.add(policy);
        PolicyVersion draft = PolicyVersion.first(
                new VersionId(ids.next()),
                policy.id(),
                organisation,
                "fr",
                template.draft("fr", LocalDate.now(clock)),
                chair.id(),
                clock.instant());
        Decision decision = new Decision(
                new DecisionId(ids.next()),
                organisation,
                null,
                DecisionSubject.POLICY_VERSION,
                draft.id().value(),
                null,
                DecisionOutcome.APPROVED,
                null,
                null,
                "Charte adoptée à l'unanimité par procédure écrite.",
                new Votes(3, 0, 0),
                null,
                null,
                chair.id(),
                clock.instant());
        decisions.add(decision);
        versions.add(draft.submitForReview(LocalDate.now(clock))
                .publish(decision.id().value(), clock.instant()));
        auditor.record(
                SEEDER,
                organisation,
                "policy.created",
                "POLICY",
                policy.id().value(),
                "fromTemplate: " + template.id());
        auditor.record(
                SEEDER,
                organisation,
                "decision.recorded",
                "DECISION",
                decision.id().value(),
                "subject: POLICY_VERSION; outcome: APPROVED");
        auditor.record(
                SEEDER,
                organisation,
                "policy-version.published",
                "POLICY_VERSION",
                draft.id().value(),
                "number: 1");
    }

    /**
     * Something for the to-do lists, the digests and the calendar (besides the policy everyone is to
     * acknowledge): the committee's next meeting in a week, and Dave's request to use DeepL for the
     * families' letters, which the committee is to decide.
     */
    private void dueSoon(
            OrganisationId organisation,
            Membership chair,
            Membership member,
            Membership dataReferent,
            Membership asker) {
        Meeting meeting = new Meeting(
                new MeetingId(ids.next()),
                organisation,
                LocalDate.now(clock).plusDays(7),
                List.of(),
                Set.of(chair.id(), member.id(), dataReferent.id()),
                null,
                0,
                clock.instant());
        meetings.add(meeting);
        auditor.record(
                SEEDER,
                organisation,
                "meeting.scheduled",
                "MEETING",
                meeting.id().value(),
                "date: " + meeting.date());
        ApprovalRequest request = ApprovalRequest.submit(
                new RequestId(ids.next()),
                organisation,
                RequestKind.NEW_USE,
                null,
                "Traduire les courriers aux familles avec DeepL",
                "Les familles non francophones comprennent mal nos courriers.",
                asker.id(),
                clock.instant());
        requests.add(request);
        auditor.record(
                SEEDER,
                organisation,
                "approval-request.submitted",
                "APPROVAL_REQUEST",
                request.id().value(),
                request.title());
    }

    /** A risk of the starter catalogue, in French, with its suggested actions given to its owner. */
    private void risk(
            OrganisationId organisation, String catalogueId, AiTool tool, Membership owner, Membership raiser) {
        CatalogueEntry entry = RiskCatalogue.find(catalogueId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        RiskDetails details = new RiskDetails(
                entry.title().fr(),
                entry.description().fr(),
                entry.category(),
                entry.suggestedRating().likelihood(),
                entry.suggestedRating().severity(),
                null,
                null,
                Treatment.MITIGATE,
                Set.of(tool.id()),
                owner.id(),
                today.plusMonths(3));
        List<MitigationAction> actions = entry.suggestedActions().stream()
                .map(title -> new MitigationAction(
                        new ActionId(ids.next()),
                        new ActionDetails(title.fr(), owner.id(), today.plusWeeks(6), ActionStatus.PLANNED)))
                .toList();
        Risk risk = Risk.raise(
                new RiskId(ids.next()), organisation, details, actions, entry.id(), raiser.id(), clock.instant());
        risks.add(risk);
        auditor.record(SEEDER, organisation, "risk.raised", "RISK", risk.id().value(), Changes.of(details));
    }

    /**
     * Issue 20: the evening chatbot of the social desk, profiled under the AI Act (people chat with it: art. 50(1)),
     * its values check (nobody is told yet: a SERIOUS concern, and the team's response) and its declared usage, so
     * that GET …/use-cases/{id}/values-check, …/footprint and …/organisations/{id}/footprint show something.
     */
    /**
     * Entraide Quartier's public AI transparency statement, version 1, published by a written-procedure
     * decision: the translation of letters to families (in use, beneficiaries) as its one entry, the social
     * media posts (internal) summarised for the Communication team; contact by a role's address.
     * GET /api/v1/public/organisations/entraide-quartier/ai-transparency shows it without a token.
     */
    private void transparencyStatement(
            OrganisationId organisation, Membership chair, Membership owner, AiTool deepL, AiTool chatGpt) {
        demoUseCase(
                organisation,
                owner,
                UseCaseStatus.IN_USE,
                new UseCaseDetails(
                        "Traduction des courriers aux familles",
                        "Traduit les courriers et affiches pour les familles non francophones. Ne décide de rien, "
                                + "ne garde aucun courrier : l'original en français fait foi.",
                        "Accueil",
                        Set.of(deepL.id()),
                        Set.of(DataCategory.PERSONAL),
                        PeopleAffected.BENEFICIARIES,
                        "Des familles qui comprennent les courriers qu'elles reçoivent",
                        owner.id(),
                        "Une personne de l'accueil relit chaque traduction avant l'envoi.",
                        null,
                        null));
        demoUseCase(
                organisation,
                owner,
                UseCaseStatus.IN_USE,
                new UseCaseDetails(
                        "Premiers jets des posts pour les réseaux sociaux",
                        "Propose un premier jet que l'équipe réécrit.",
                        "Communication",
                        Set.of(chatGpt.id()),
                        Set.of(DataCategory.INTERNAL),
                        PeopleAffected.INTERNAL_ONLY,
                        "Du temps gagné sur la rédaction",
                        owner.id(),
                        "L'équipe relit et réécrit tout avant publication.",
                        null,
                        null));
        StatementContent content = transparency.drawFromRegisters(
                organisation,
                new Narrative(
                        "Nous utilisons l'IA pour nous aider, jamais pour décider à la place d'une personne. "
                                + "Aucune donnée des familles n'entre dans un outil grand public.",
                        "ia@entraide-quartier.be",
                        "Écrivez à ia@entraide-quartier.be ou passez à l'accueil : une personne vous répond, "
                                + "et vous pouvez demander qu'une décision soit revue sans IA."));
        TransparencyStatement draft = TransparencyStatement.draft(ids.next(), organisation, 1, content);
        Decision decision = new Decision(
                new DecisionId(ids.next()),
                organisation,
                null,
                TransparencyPublication.SUBJECT,
                draft.id(),
                null,
                DecisionOutcome.APPROVED,
                null,
                null,
                "Déclaration de transparence relue et adoptée par procédure écrite.",
                new Votes(3, 0, 0),
                null,
                null,
                chair.id(),
                clock.instant());
        decisions.add(decision);
        TransparencyStatement published =
                draft.submit().publishByDecision(decision.id().value(), clock.instant());
        transparencyStatements.add(published);
        auditor.record(
                SEEDER,
                organisation,
                "decision.recorded",
                "DECISION",
                decision.id().value(),
                "subject: TRANSPARENCY; outcome: APPROVED");
        auditor.record(
                SEEDER,
                organisation,
                "ai-transparency.published",
                "AI_TRANSPARENCY_STATEMENT",
                published.id(),
                "version 1 published by decision " + decision.id().value());
    }

    private void demoUseCase(
            OrganisationId organisation, Membership owner, UseCaseStatus status, UseCaseDetails details) {
        UseCase proposed =
                UseCase.propose(new UseCaseId(ids.next()), organisation, details, null, owner.id(), clock.instant());
        useCases.add(new UseCase(
                proposed.id(),
                organisation,
                details,
                status,
                proposed.aiActAnswers(),
                proposed.dpiaAnswers(),
                proposed.valuesCheck(),
                proposed.footprintInputs(),
                null,
                owner.id(),
                0,
                clock.instant()));
        auditor.record(
                SEEDER,
                organisation,
                "use-case.proposed",
                "USE_CASE",
                proposed.id().value(),
                Changes.of(details));
    }

    private void valuesCheck(OrganisationId organisation, Membership owner, AiTool tool) {
        UseCaseDetails details = new UseCaseDetails(
                "Répondre aux familles le soir",
                "Un assistant conversationnel répond aux questions pratiques des familles (horaires, documents à apporter) "
                        + "quand la permanence est fermée.",
                "Permanence sociale",
                Set.of(tool.id()),
                Set.of(DataCategory.PERSONAL),
                PeopleAffected.BENEFICIARIES,
                "Des réponses le soir, moins d'appels répétés le matin",
                owner.id(),
                "Carol relit chaque semaine un échantillon des conversations",
                null,
                null);
        UseCase useCase = UseCase.propose(
                        new UseCaseId(ids.next()), organisation, details, null, owner.id(), clock.instant())
                .withAiActAnswers(AiActAnswers.of(Map.of(
                        "AI_SYSTEM", true, "ROLE", "DEPLOYER", "T1_INTERACTS_WITH_PEOPLE", true, "T1_OBVIOUS", false)))
                .withValuesAnswers(ValuesCheck.of(Map.ofEntries(
                        Map.entry("EQ_EXCLUSION", "FORESEEN_MITIGATED"),
                        Map.entry(
                                "EQ_NOTES",
                                "Les familles sans smartphone gardent la permanence téléphonique du matin."),
                        Map.entry("EQ_ERROR_CHECK", "REGULAR"),
                        Map.entry("AU_REVIEW", "SAMPLE"),
                        Map.entry("AU_RECOURSE", true),
                        Map.entry("AU_RELATIONSHIP", "SUPPORTS"),
                        Map.entry("TR_WHO_IS_TOLD", "NOBODY"),
                        Map.entry("HR_CHILDREN", false),
                        Map.entry("HR_RIGHTS_AT_STAKE", true),
                        Map.entry(
                                "HR_REFLECTION",
                                "Vie privée : l'assistant ne demande ni nom ni numéro de dossier. "
                                        + "Non-discrimination : les réponses existent en français et en arabe, relues par une bénévole."),
                        Map.entry(
                                "MI_PURPOSE",
                                "Rendre l'information pratique accessible quand la permanence est fermée."),
                        Map.entry("MI_ALTERNATIVE", "COMPARED"),
                        Map.entry("MI_EXIT", "PARTIAL"),
                        Map.entry("WO_CHANGE", "TASKS"),
                        Map.entry("WO_TOLD", "INFORMED"))))
                .withValuesResponses(
                        Map.of(
                                "transparency.art50-nobody-told",
                                "Un message d'accueil dira « Vous parlez avec un assistant automatique » avant la mise en service."))
                .withFootprintInputs(new FootprintInputs(
                        600,
                        250,
                        300,
                        FootprintInputs.LengthUnit.WORDS,
                        FootprintModel.MISTRAL_7B,
                        GridRegion.EUROPE,
                        8,
                        "Une bénévole répond aux messages le lendemain matin"));
        useCases.add(useCase);
        auditor.record(
                SEEDER,
                organisation,
                "use-case.proposed",
                "USE_CASE",
                useCase.id().value(),
                Changes.of(details));
    }

    /** The demo's tools name every field a declarer fills in; one construction, so a new field of a tool changes one line here. */
    private static ToolDetails toolDetails(
            String name,
            String vendor,
            String description,
            ToolCategory category,
            AccountType accountType,
            HostingRegion hostingRegion,
            Set<DataCategory> dataCategories,
            List<String> teams,
            Integer estimatedUsers,
            BigDecimal yearlyCostEur) {
        return new ToolDetails(
                name,
                vendor,
                description,
                category,
                accountType,
                hostingRegion,
                dataCategories,
                teams,
                estimatedUsers,
                yearlyCostEur);
    }

    /**
     * Entraide Quartier's board brief of the last 90 days, FINAL: its data frozen from the registers as
     * the demo seeds them, hashed (SHA-256). GET /api/v1/organisations/{orgId}/reports lists it; …/pdf
     * prints it. The demo has no caller to read the dashboard with: it is built from its ports, as the
     * dashboard service builds it (without the next actions).
     */
    private void boardBrief(OrganisationId organisation) {
        LocalDate day = LocalDate.now(clock);
        Instant now = clock.instant();
        Report draft = Report.draft(
                ids.next(),
                organisation,
                ReportType.BOARD_BRIEF,
                day.minusDays(90),
                day,
                Language.FR,
                null,
                null,
                new Report.Narrative(
                        "Trimestre écoulé",
                        "Le comité a remis de l'ordre dans l'inventaire et adopté notre politique d'usage. "
                                + "Reste un point urgent : l'usage d'un assistant gratuit à la permanence sociale, "
                                + "que le conseil est invité à encadrer.",
                        "Un outil non examiné traite des données de personnes vulnérables : c'est le risque "
                                + "principal du trimestre. La formation progresse."),
                now);
        Dashboard today = Dashboard.of(
                day,
                dashboardFigures.of(organisation, day, now),
                dashboardSnapshots.lastOnOrBefore(organisation, Dashboard.previousPeriod(day)),
                List.of());
        ReportContent content = reportService.compose(draft, today, List.of(), now);
        Report finalised = draft.finalise(reportDocuments.write(content), null, now);
        reports.add(finalised);
        auditor.record(
                SEEDER,
                organisation,
                "report.drafted",
                "REPORT",
                finalised.id(),
                "type: BOARD_BRIEF; period: " + draft.periodFrom() + " – " + draft.periodTo() + "; language: fr");
        auditor.record(
                SEEDER,
                organisation,
                "report.finalised",
                "REPORT",
                finalised.id(),
                "status: DRAFT → FINAL; sha256: " + finalised.sha256());
    }
}
