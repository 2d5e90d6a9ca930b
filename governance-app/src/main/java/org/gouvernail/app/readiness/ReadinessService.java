package org.gouvernail.app.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.MeetingFrequency;
import org.gouvernail.domain.committee.QuorumRule;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance.CommitteeView;
import org.gouvernail.domain.communication.Audience;
import org.gouvernail.domain.communication.ChangeStage;
import org.gouvernail.domain.communication.CommunicationChannel;
import org.gouvernail.domain.communication.CommunicationDetails;
import org.gouvernail.domain.communication.CommunicationPlan;
import org.gouvernail.domain.communication.Concern;
import org.gouvernail.domain.communication.PlanDetails;
import org.gouvernail.domain.communication.Target;
import org.gouvernail.domain.communication.port.in.CommunicationPlanning;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.policy.port.in.UsagePolicies;
import org.gouvernail.domain.policy.port.in.UsagePolicies.NewPolicy;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.readiness.Answer;
import org.gouvernail.domain.readiness.CampaignId;
import org.gouvernail.domain.readiness.CampaignStatus;
import org.gouvernail.domain.readiness.GovernanceProfile;
import org.gouvernail.domain.readiness.GovernanceSetup;
import org.gouvernail.domain.readiness.Practice;
import org.gouvernail.domain.readiness.PracticeDecision;
import org.gouvernail.domain.readiness.PracticeStatus;
import org.gouvernail.domain.readiness.ProfileDefaults;
import org.gouvernail.domain.readiness.ProfileFacts;
import org.gouvernail.domain.readiness.ReadinessCampaign;
import org.gouvernail.domain.readiness.ReadinessEvent.CampaignClosed;
import org.gouvernail.domain.readiness.ReadinessEvent.CampaignOpened;
import org.gouvernail.domain.readiness.ReadinessEvent.PracticeDecided;
import org.gouvernail.domain.readiness.ReadinessEvent.ProfileSet;
import org.gouvernail.domain.readiness.ReadinessEvent.ResponseSubmitted;
import org.gouvernail.domain.readiness.ReadinessEvent.RoadmapActionAccepted;
import org.gouvernail.domain.readiness.ReadinessEvent.RoadmapStepMarked;
import org.gouvernail.domain.readiness.ReadinessFramework;
import org.gouvernail.domain.readiness.ReadinessResponse;
import org.gouvernail.domain.readiness.ReadinessResults;
import org.gouvernail.domain.readiness.RespondentGroup;
import org.gouvernail.domain.readiness.ResponseId;
import org.gouvernail.domain.readiness.Roadmap;
import org.gouvernail.domain.readiness.RoadmapAction;
import org.gouvernail.domain.readiness.SetupJourney;
import org.gouvernail.domain.readiness.StepStatus;
import org.gouvernail.domain.readiness.port.in.ReadinessAssessment;
import org.gouvernail.domain.readiness.port.out.GovernanceSetups;
import org.gouvernail.domain.readiness.port.out.ReadinessCampaigns;
import org.gouvernail.domain.readiness.port.out.ReadinessResponses;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.domain.training.RequirementLevel;
import org.gouvernail.domain.training.RequirementTerms;
import org.gouvernail.domain.training.RequirementTrigger;
import org.gouvernail.domain.training.SessionDetails;
import org.gouvernail.domain.training.TrainingCatalogue;
import org.gouvernail.domain.training.TrainingFormat;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.port.in.LiteracyPlanning;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.domain.training.port.out.TrainingModules;
import org.gouvernail.domain.training.port.out.TrainingSessions;

/**
 * Use case service: readiness campaigns and their results, the governance profile, practices (apply or
 * explain), the roadmap whose accepted actions create their objects through the other areas' use cases
 * (so that their rules, rights and audit apply), and the setup journey. One transaction per call.
 */
@ApplicationScoped
public class ReadinessService implements ReadinessAssessment {

    /** Who reads a campaign's results: the governors and the board's read-only members. */
    static final Set<Role> RESULT_READERS = EnumSet.of(Role.ADMIN, Role.COMMITTEE, Role.VIEWER);

    /** The catalogue module a first session is planned on: the introduction every user needs. */
    static final String FIRST_MODULE = "how-language-models-work";

    /**
     * The catalogue modules an onboarding requirement asks of staff and volunteers: how a language model
     * works, checking an output, beneficiaries' data stays out of public tools.
     */
    static final List<String> ONBOARDING_MODULES =
            List.of(FIRST_MODULE, "checking-ai-outputs", "beneficiary-data-stays-out");

    /** Days after joining by which the onboarding modules are due. */
    static final int ONBOARDING_DUE_DAYS = 60;

    private final ReadinessCampaigns campaigns;
    private final ReadinessResponses responses;
    private final GovernanceSetups setups;
    private final Organisations organisations;
    private final Tools tools;
    private final Policies policies;
    private final PolicyVersions policyVersions;
    private final TrainingSessions sessions;
    private final UsagePolicies usagePolicies;
    private final CommitteeGovernance committee;
    private final TrainingProgramme training;
    private final TrainingModules modules;
    private final LiteracyPlanning literacy;
    private final CommunicationPlanning communication;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the registers the roadmap creates in and the journey reads
    public ReadinessService(
            ReadinessCampaigns campaigns,
            ReadinessResponses responses,
            GovernanceSetups setups,
            Organisations organisations,
            Tools tools,
            Policies policies,
            PolicyVersions policyVersions,
            TrainingSessions sessions,
            UsagePolicies usagePolicies,
            CommitteeGovernance committee,
            TrainingProgramme training,
            TrainingModules modules,
            LiteracyPlanning literacy,
            CommunicationPlanning communication,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.campaigns = campaigns;
        this.responses = responses;
        this.setups = setups;
        this.organisations = organisations;
        this.tools = tools;
        this.policies = policies;
        this.policyVersions = policyVersions;
        this.sessions = sessions;
        this.usagePolicies = usagePolicies;
        this.committee = committee;
        this.training = training;
        this.modules = modules;
        this.literacy = literacy;
        this.communication = communication;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public ReadinessFramework framework() {
        return ReadinessFramework.current();
    }

    @Override
    @Transactional
    public ReadinessCampaign openCampaign(Caller caller, OrganisationId organisationId, NewCampaign campaign) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "open-readiness-campaign");
        ReadinessCampaign opened = ReadinessCampaign.open(
                new CampaignId(ids.next()),
                organisationId,
                campaign.title(),
                campaign.groups(),
                campaign.anonymous(),
                clock.instant());
        campaigns.add(opened);
        auditor.record(
                caller,
                new CampaignOpened(
                        organisationId,
                        opened.id(),
                        opened.groups().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
                        opened.anonymous()));
        return opened;
    }

    @Override
    @Transactional
    public Page<ReadinessCampaign> campaigns(Caller caller, OrganisationId organisationId, PageRequest page) {
        access.member(caller, organisationId);
        return campaigns.list(organisationId, page);
    }

    @Override
    @Transactional
    public ReadinessCampaign campaign(Caller caller, OrganisationId organisationId, CampaignId campaignId) {
        access.member(caller, organisationId);
        return existing(organisationId, campaignId);
    }

    @Override
    @Transactional
    public ReadinessCampaign closeCampaign(
            Caller caller, OrganisationId organisationId, CampaignId campaignId, long expectedVersion) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "close-readiness-campaign");
        ReadinessCampaign current = existing(organisationId, campaignId);
        StaleVersion.check("readiness-campaign", current.version(), expectedVersion);
        ReadinessCampaign closed = campaigns.update(current.close(clock.instant()));
        auditor.record(
                caller,
                new CampaignClosed(
                        organisationId,
                        campaignId,
                        responses.all(organisationId, campaignId).size()));
        return closed;
    }

    @Override
    @Transactional
    public ReadinessResponse answer(
            Caller caller,
            OrganisationId organisationId,
            CampaignId campaignId,
            RespondentGroup group,
            List<Answer> answers,
            Optional<Long> expectedVersion) {
        Membership member = access.member(caller, organisationId);
        ReadinessCampaign campaign = existing(organisationId, campaignId);
        campaign.requireAnswerable(group);
        List<Answer> checked = ReadinessResponse.checked(campaign.framework(), answers);
        Optional<ReadinessResponse> existing = responses.find(organisationId, campaignId, member.id());
        ReadinessResponse saved;
        if (existing.isPresent()) {
            long expected = expectedVersion.orElseThrow(
                    () -> new RuleViolation("precondition-required", "If-Match is required to change a response"));
            StaleVersion.check("readiness-response", existing.get().version(), expected);
            saved = responses.update(existing.get().replaced(group, checked, answeredAt(campaign)));
        } else {
            saved = new ReadinessResponse(
                    new ResponseId(anonymousId(campaign)),
                    organisationId,
                    campaignId,
                    member.id(),
                    group,
                    checked,
                    answeredAt(campaign),
                    0);
            responses.add(saved);
        }
        ResponseSubmitted event = new ResponseSubmitted(organisationId, campaignId, group, checked.size());
        if (campaign.anonymous()) {
            auditor.recordUnattributed("anonymous", event, LocalDate.now(clock));
        } else {
            auditor.record(caller, event);
        }
        return saved;
    }

    @Override
    @Transactional
    public ReadinessResponse myResponse(Caller caller, OrganisationId organisationId, CampaignId campaignId) {
        Membership member = access.member(caller, organisationId);
        existing(organisationId, campaignId);
        return responses
                .find(organisationId, campaignId, member.id())
                .orElseThrow(() -> new NotFound("readiness-response", campaignId));
    }

    @Override
    @Transactional
    public Results results(Caller caller, OrganisationId organisationId, CampaignId campaignId) {
        access.withRole(caller, organisationId, RESULT_READERS, "read-readiness-results");
        return resultsOf(existing(organisationId, campaignId));
    }

    @Override
    @Transactional
    public GovernanceSetup setup(Caller caller, OrganisationId organisationId) {
        access.member(caller, organisationId);
        return existingSetup(organisationId);
    }

    @Override
    @Transactional
    public GovernanceSetup setProfile(
            Caller caller,
            OrganisationId organisationId,
            Optional<Long> expectedVersion,
            ProfileFacts facts,
            GovernanceProfile override,
            String overrideReason) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "set-governance-profile");
        Optional<GovernanceSetup> current = setups.find(organisationId);
        GovernanceSetup saved;
        if (current.isPresent()) {
            long expected = expectedVersion.orElseThrow(
                    () -> new RuleViolation("precondition-required", "If-Match is required to change the profile"));
            StaleVersion.check("governance-profile", current.get().version(), expected);
            saved = setups.update(current.get().withProfile(facts, override, overrideReason));
        } else {
            saved = GovernanceSetup.start(organisationId, facts, override, overrideReason);
            setups.add(saved);
        }
        auditor.record(
                caller,
                new ProfileSet(
                        organisationId,
                        current.map(GovernanceSetup::chosen).orElse(null),
                        saved.proposal().profile(),
                        saved.chosen(),
                        saved.overrideReason()));
        return saved;
    }

    @Override
    @Transactional
    public GovernanceSetup decidePractice(
            Caller caller,
            OrganisationId organisationId,
            long expectedVersion,
            Practice practice,
            PracticeStatus status,
            String explanation) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "decide-governance-practice");
        GovernanceSetup current = existingSetup(organisationId);
        PracticeDecision decision = new PracticeDecision(practice, status, explanation, clock.instant());
        StaleVersion.check("governance-profile", current.version(), expectedVersion);
        GovernanceSetup saved = setups.update(current.decide(decision));
        auditor.record(caller, new PracticeDecided(organisationId, practice, status));
        return saved;
    }

    @Override
    @Transactional
    public RoadmapView roadmap(Caller caller, OrganisationId organisationId) {
        access.member(caller, organisationId);
        GovernanceSetup setup = existingSetup(organisationId);
        Optional<ReadinessCampaign> latest = campaigns.latestClosed(organisationId);
        Optional<ReadinessResults> results =
                latest.map(campaign -> resultsOf(campaign).results());
        return new RoadmapView(
                setup, latest.map(ReadinessCampaign::id), Roadmap.of(setup.chosen(), results, setup.steps()));
    }

    @Override
    @Transactional
    public Accepted accept(Caller caller, OrganisationId organisationId, RoadmapAction action) {
        Membership member = access.withRole(caller, organisationId, Role.GOVERNORS, "accept-roadmap-action");
        // held until the end: an acceptance at the same instant waits, then finds the object created
        GovernanceSetup current = setups.findForUpdate(organisationId)
                .orElseThrow(() -> new NotFound("governance-profile", organisationId));
        if (current.step(action).map(step -> step.createdId() != null).orElse(false)) {
            return new Accepted(current, item(current, action), false);
        }
        UUID created = create(caller, member, organisationId, current.defaults(), action);
        GovernanceSetup saved = setups.update(current.accepted(action, created, clock.instant()));
        auditor.record(caller, new RoadmapActionAccepted(organisationId, action, created));
        return new Accepted(saved, item(saved, action), true);
    }

    @Override
    @Transactional
    public GovernanceSetup markStep(
            Caller caller,
            OrganisationId organisationId,
            long expectedVersion,
            RoadmapAction action,
            StepStatus status) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "mark-roadmap-step");
        GovernanceSetup current = existingSetup(organisationId);
        StaleVersion.check("governance-profile", current.version(), expectedVersion);
        GovernanceSetup saved = setups.update(current.marked(action, status, clock.instant()));
        auditor.record(caller, new RoadmapStepMarked(organisationId, action, status));
        return saved;
    }

    @Override
    @Transactional
    public List<SetupJourney.Item> journey(Caller caller, OrganisationId organisationId) {
        access.member(caller, organisationId);
        Optional<GovernanceSetup> setup = setups.find(organisationId);
        GovernanceProfile profile = setup.map(GovernanceSetup::chosen).orElse(GovernanceProfile.SMALL_LOCAL);
        CommitteeView view = committee.committee(caller, organisationId);
        LocalDate today = LocalDate.now(clock);
        List<org.gouvernail.domain.training.TrainingSession> past =
                sessions.onOrBefore(organisationId, today, PageRequest.MAX_LIMIT);
        int recommended = setup.map(s -> s.defaults().practices().size()).orElse(0);
        int decided = setup.map(s -> (int) s.defaults().practices().stream()
                        .filter(s.practices()::containsKey)
                        .count())
                .orElse(0);
        SetupJourney.Registers registers = new SetupJourney.Registers(
                setup.isPresent(),
                campaigns.any(organisationId, CampaignStatus.OPEN),
                campaigns.any(organisationId, CampaignStatus.CLOSED),
                tools.list(organisationId, ToolFilter.none(), PageRequest.first(1))
                        .items()
                        .size(),
                !policyVersions.published(organisationId).isEmpty(),
                !policies.list(organisationId, PageRequest.first(1)).items().isEmpty(),
                view.constituted(),
                view.committee().version() > 0,
                past.stream()
                        .anyMatch(session -> session.status() == org.gouvernail.domain.training.SessionStatus.HELD
                                || session.status() == org.gouvernail.domain.training.SessionStatus.CLOSED),
                !sessions.list(organisationId, PageRequest.first(1)).items().isEmpty(),
                decided,
                recommended);
        return SetupJourney.of(profile, setup.orElse(null), registers);
    }

    /** Creates the action's object through its area's use case, sized by the profile's defaults; its id. */
    private UUID create(
            Caller caller,
            Membership member,
            OrganisationId organisationId,
            ProfileDefaults defaults,
            RoadmapAction action) {
        Language language = language(organisationId);
        LocalDate today = LocalDate.now(clock);
        return switch (action) {
            case ADOPT_POLICY ->
                usagePolicies
                        .create(
                                caller,
                                organisationId,
                                new NewPolicy(
                                        null,
                                        null,
                                        defaults.policyTemplate(),
                                        language.name().toLowerCase(java.util.Locale.ROOT),
                                        null))
                        .policy()
                        .id()
                        .value();
            case COMMITTEE_CHARTER -> {
                CommitteeView view = committee.committee(caller, organisationId);
                Charter charter = new Charter(
                        language == Language.EN
                                ? "Steer the association's use of AI: authorise tools, publish the usage policy, follow risks."
                                : "Piloter l'usage de l'IA dans l'association : autoriser les outils, publier la politique d'usage, suivre les risques.",
                        defaults.reviewCadenceMonths() <= 6 ? MeetingFrequency.MONTHLY : MeetingFrequency.QUARTERLY,
                        defaults.writtenProcedure(),
                        QuorumRule.MAJORITY,
                        defaults.committeeMin(),
                        defaults.committeeMax());
                committee.configure(
                        caller,
                        organisationId,
                        view.committee().version(),
                        charter,
                        view.committee().members());
                yield organisationId.value(); // the committee is the organisation's one committee
            }
            case FIRST_TRAINING -> {
                TrainingModule published = activeModule(caller, organisationId, FIRST_MODULE, language);
                yield training.planSession(
                                caller,
                                organisationId,
                                new SessionDetails(
                                        published.content().title(),
                                        Set.of(published.id()),
                                        today.plusDays(30),
                                        published.content().durationMinutes(),
                                        TrainingFormat.IN_PERSON,
                                        language.name().toLowerCase(java.util.Locale.ROOT),
                                        null,
                                        null,
                                        null))
                        .id()
                        .value();
            }
            case LITERACY_REQUIREMENT -> {
                List<TrainingModuleId> required = ONBOARDING_MODULES.stream()
                        .map(entry -> activeModule(caller, organisationId, entry, language)
                                .id())
                        .toList();
                boolean english = language == Language.EN;
                yield literacy.createRequirement(
                                caller,
                                organisationId,
                                new RequirementTerms(
                                        english
                                                ? "AI basics for staff and volunteers when they join"
                                                : "Les bases de l'IA pour les salariés et les bénévoles à leur arrivée",
                                        new org.gouvernail.domain.training.Audience(
                                                EnumSet.of(PersonType.STAFF, PersonType.VOLUNTEER),
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null),
                                        required,
                                        RequirementTrigger.ONBOARDING,
                                        ONBOARDING_DUE_DAYS,
                                        defaults.trainingValidityMonths(),
                                        RequirementLevel.MANDATORY,
                                        english
                                                ? "Art. 4 AI Act: staff and volunteers acting on the association's behalf"
                                                        + " use generative AI tools; they learn how these work, check"
                                                        + " their outputs and keep beneficiaries' data out of public tools."
                                                : "Art. 4 du règlement IA : salariés et bénévoles agissant pour l'association"
                                                        + " utilisent des outils d'IA générative ; ils apprennent leur"
                                                        + " fonctionnement, vérifient leurs résultats et gardent les"
                                                        + " données des bénéficiaires hors des outils publics.",
                                        member.id()))
                        .id()
                        .value();
            }
            case DECLARE_TOOLS -> {
                boolean english = language == Language.EN;
                CommunicationPlan plan = communication.drawUp(
                        caller,
                        organisationId,
                        new PlanDetails(
                                english ? "Declare the AI tools you use" : "Déclarez les outils d'IA que vous utilisez",
                                english
                                        ? "Know which AI tools are used, without blame, to decide on them together."
                                        : "Savoir quels outils d'IA sont utilisés, sans reproche, pour en décider ensemble.",
                                null,
                                today,
                                today.plusDays(60),
                                member.id(),
                                null,
                                false,
                                false));
                for (Audience audience : List.of(Audience.STAFF, Audience.VOLUNTEERS)) {
                    communication.planAction(
                            caller,
                            organisationId,
                            plan.id(),
                            new CommunicationDetails(
                                    Target.of(audience),
                                    ChangeStage.AWARENESS,
                                    Set.of(Concern.PRIVACY),
                                    english
                                            ? "Tell us which AI tools you use, even unapproved ones: no blame, we want to decide together."
                                            : "Dites-nous quels outils d'IA vous utilisez, même non autorisés : sans reproche, pour décider ensemble.",
                                    null,
                                    CommunicationChannel.EMAIL,
                                    member.id(),
                                    today.plusDays(7),
                                    null,
                                    List.of()));
                }
                yield plan.id().value();
            }
        };
    }

    /**
     * The organisation's ACTIVE module copied from a catalogue entry: found by the entry's code when the
     * association already copied it (a second copy would take the code twice), copied otherwise, published
     * when still a draft. A retired one is not brought back: the association retired it on purpose.
     */
    private TrainingModule activeModule(
            Caller caller, OrganisationId organisationId, String entryId, Language language) {
        String code = TrainingCatalogue.find(entryId).orElseThrow().code();
        TrainingModule module = modules.findByCode(organisationId, code)
                .orElseGet(
                        () -> training.copyFromCatalogue(caller, organisationId, entryId, null, Optional.of(language)));
        return switch (module.status()) {
            case ACTIVE -> module;
            case DRAFT -> training.publishModule(caller, organisationId, module.id(), module.version());
            case RETIRED ->
                throw new RuleViolation(
                        "roadmap-module-retired",
                        "the module " + code + " the action needs is retired; publish a new module instead",
                        code);
        };
    }

    /** The action as the roadmap shows it, against the latest closed campaign's results. */
    private Roadmap.Item item(GovernanceSetup setup, RoadmapAction action) {
        Optional<ReadinessResults> results = campaigns
                .latestClosed(setup.organisationId())
                .map(campaign -> resultsOf(campaign).results());
        return Roadmap.of(setup.chosen(), results, setup.steps()).stream()
                .filter(item -> item.action() == action)
                .findFirst()
                .orElseThrow();
    }

    private Results resultsOf(ReadinessCampaign campaign) {
        OrganisationId organisationId = campaign.organisationId();
        Optional<ReadinessCampaign> previous = campaigns.closedBefore(
                organisationId, campaign.closedAt() != null ? campaign.closedAt() : clock.instant());
        Optional<ReadinessResults> before = previous.map(earlier -> ReadinessResults.of(
                earlier.framework(),
                earlier.groups(),
                earlier.anonymous(),
                responses.all(organisationId, earlier.id()),
                Optional.empty()));
        ReadinessResults results = ReadinessResults.of(
                campaign.framework(),
                campaign.groups(),
                campaign.anonymous(),
                responses.all(organisationId, campaign.id()),
                before);
        return new Results(campaign, results, previous.map(ReadinessCampaign::id));
    }

    /** When an answer was given: the start of its day (UTC) in an anonymous campaign, whose times give nobody away. */
    private java.time.Instant answeredAt(ReadinessCampaign campaign) {
        return campaign.anonymous()
                ? LocalDate.now(clock).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                : clock.instant();
    }

    /** An anonymous campaign's response id is random, so that its time order gives nobody away. */
    private UUID anonymousId(ReadinessCampaign campaign) {
        return campaign.anonymous() ? UUID.randomUUID() : ids.next();
    }

    private Language language(OrganisationId organisationId) {
        return Language.of(organisations
                .find(organisationId)
                .orElseThrow(() -> new NotFound("organisation", organisationId))
                .profile()
                .locale());
    }

    private ReadinessCampaign existing(OrganisationId organisationId, CampaignId campaignId) {
        return campaigns
                .find(organisationId, campaignId)
                .orElseThrow(() -> new NotFound("readiness-campaign", campaignId));
    }

    private GovernanceSetup existingSetup(OrganisationId organisationId) {
        return setups.find(organisationId).orElseThrow(() -> new NotFound("governance-profile", organisationId));
    }
}
