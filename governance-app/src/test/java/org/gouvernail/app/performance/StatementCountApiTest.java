package org.gouvernail.app.performance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.inventory.AiToolBuilder.anAiTool;
import static org.gouvernail.domain.inventory.ToolDetailsBuilder.aTool;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMember;
import static org.gouvernail.domain.organisation.MembershipBuilder.aMembership;
import static org.gouvernail.domain.organisation.OrganisationBuilder.aRegisteredOrganisation;
import static org.gouvernail.domain.organisation.OrganisationProfileBuilder.anOrganisation;
import static org.gouvernail.domain.risk.RiskBuilder.aStoredRisk;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.audit.port.out.AuditTrail;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.DecisionBuilder;
import org.gouvernail.domain.committee.MeetingBuilder;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.RequestId;
import org.gouvernail.domain.committee.RequestKind;
import org.gouvernail.domain.committee.port.out.ApprovalRequests;
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
import org.gouvernail.domain.communication.LinkedSubject;
import org.gouvernail.domain.communication.LinkedSubjectKind;
import org.gouvernail.domain.communication.PlanDetails;
import org.gouvernail.domain.communication.Target;
import org.gouvernail.domain.communication.port.out.CommunicationActions;
import org.gouvernail.domain.communication.port.out.CommunicationPlans;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.FeedbackMessage;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.MessageAuthor;
import org.gouvernail.domain.feedback.port.out.FeedbackItems;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentFacts;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.IncidentKind;
import org.gouvernail.domain.incident.IncidentType;
import org.gouvernail.domain.incident.port.out.Incidents;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersionBuilder;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.AttendanceStatus;
import org.gouvernail.domain.training.SessionDetails;
import org.gouvernail.domain.training.ToolUse;
import org.gouvernail.domain.training.ToolUseId;
import org.gouvernail.domain.training.ToolUseSource;
import org.gouvernail.domain.training.TrainingFormat;
import org.gouvernail.domain.training.TrainingMethod;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.TrainingRecordId;
import org.gouvernail.domain.training.TrainingSession;
import org.gouvernail.domain.training.TrainingSessionId;
import org.gouvernail.domain.training.port.out.ToolUses;
import org.gouvernail.domain.training.port.out.TrainingModules;
import org.gouvernail.domain.training.port.out.TrainingRecords;
import org.gouvernail.domain.training.port.out.TrainingSessions;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseDetailsBuilder;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.port.out.UseCases;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Performance guard of issue 11: the SQL statements one request costs do not grow with what the
 * organisation holds. Each listing is read in an organisation with one row and in one with many;
 * both must cost the same number of statements (Hibernate statistics, enabled in the test profile).
 * A page query whose children were fetched for every row of the organisation, or one query per
 * row, shows up here as a difference, whatever the speed of the machine.
 */
@QuarkusTest
class StatementCountApiTest {

    /** The admin of every organisation of this test, and of no other: its /me is its own. */
    private static final String OWNER = "stan";

    private static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");

    @Inject
    World world;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Tools tools;

    @Inject
    Memberships memberships;

    @Inject
    Organisations organisations;

    @Inject
    Risks risks;

    @Inject
    UseCases useCases;

    @Inject
    Meetings meetings;

    @Inject
    Decisions decisions;

    @Inject
    ApprovalRequests requests;

    @Inject
    Policies policies;

    @Inject
    PolicyVersions versions;

    @Inject
    AuditTrail audit;

    @Inject
    FeedbackItems feedbackItems;

    @Inject
    Incidents incidents;

    @Inject
    CommunicationPlans communicationPlans;

    @Inject
    CommunicationActions communicationActions;

    @Inject
    TrainingModules trainingModules;

    @Inject
    TrainingSessions trainingSessions;

    @Inject
    TrainingRecords trainingRecords;

    @Inject
    ToolUses toolUses;

    /** An ACTIVE training module of the organisation, under a code of its own. */
    private TrainingModule trainingModule(OrganisationId organisation, MemberId admin) {
        TrainingModule module = TrainingModule.draft(
                        new TrainingModuleId(UUID.randomUUID()),
                        organisation,
                        "M-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT),
                        org.gouvernail.domain.training.Modules.content("Vérifier", 12, true),
                        null,
                        admin,
                        NOW)
                .publish();
        trainingModules.add(module);
        return module;
    }

    /** What adds one row to an organisation, whose rows name its admin (their foreign keys ask for a member). */
    private interface Seed {
        void add(OrganisationId organisation, MemberId admin);
    }

    /** An organisation of OWNER filled with {@code rows} rows by {@code seed}, in one transaction. */
    private OrganisationId organisationWith(int rows, Seed seed) {
        OrganisationId organisation = world.association(OWNER);
        MemberId admin =
                memberships.findActive(organisation, OWNER).orElseThrow().id();
        Runnable one = () -> seed.add(organisation, admin);
        QuarkusTransaction.requiringNew().run(() -> IntStream.range(0, rows).forEach(i -> one.run()));
        return organisation;
    }

    /** Collections (a tool's teams, a member's roles, …) loaded by the last call of {@link #statements}. */
    private long collectionsLoaded;

    /**
     * Statements of one GET, which must answer 200: the fewer of two calls, because the statistics are
     * the whole application's and a background poll (the webhook dispatcher's, every 2 s) that falls
     * in a call's window counts too.
     */
    private long statements(String path) {
        Statistics statistics = sessionFactory.getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int call = 0; call < 2; call++) {
            statistics.clear();
            given().when().get(path).then().statusCode(200);
            collectionsLoaded = statistics.getCollectionLoadCount();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }

    /** Collections loaded by the calls of the last {@link #countsOf}, by number of rows. */
    private final Map<Integer, Long> collections = new LinkedHashMap<>();

    private Map<Integer, Long> countsOf(String listing, Seed seed, int... sizes) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        collections.clear();
        for (int size : sizes) {
            OrganisationId organisation = organisationWith(size, seed);
            String path = "/api/v1/organisations/" + organisation + listing;
            statements(path); // the first call of a path may warm caches (e.g. the caller's membership)
            counts.put(size, statements(path));
            collections.put(size, collectionsLoaded);
        }
        return counts;
    }

    private static void assertSameCount(String what, Map<Integer, Long> counts) {
        assertThat(counts.values().stream().distinct())
                .as("statements of %s by number of rows %s", what, counts)
                .hasSize(1);
    }

    @Test
    @TestSecurity(user = OWNER)
    void aPageOfToolsCostsTheSameWhateverTheSizeOfTheOrganisation() {
        Map<Integer, Long> counts = countsOf(
                "/tools?limit=50",
                (organisation, admin) -> tools.add(anAiTool()
                        .withId(new ToolId(UUID.randomUUID()))
                        .of(organisation)
                        .declaredBy(admin)
                        .withDetails(aTool().withData(DataCategory.INTERNAL, DataCategory.PERSONAL)
                                .usedBy("Accueil", "Communication")
                                .build())
                        .build()),
                1,
                60,
                520);
        assertSameCount("a page of 50 tools", counts);
        // a subselect fetch would be one statement too, but would load the teams and data categories of
        // every tool of the organisation: the page's tools (and the one that tells more follow) only
        assertThat(collections.get(520))
                .as("collections loaded for a page of 50 tools among 60 and among 520")
                .isEqualTo(collections.get(60))
                .isLessThanOrEqualTo(2 * 51 + 4); // and the caller's roles
        // the caller's membership with its roles (once: the page and the latest assessments of its tools are
        // read in one transaction), the page, its data categories, its teams, the assessments
        assertThat(counts.get(1)).isLessThanOrEqualTo(5);
    }

    @Test
    @TestSecurity(user = OWNER)
    void everyListingCostsTheSameWithOneRowAndWithTwoHundred() {
        Map<String, Map<Integer, Long>> listings = new LinkedHashMap<>();
        listings.put(
                "members",
                countsOf(
                        "/members?limit=200",
                        (organisation, admin) -> memberships.add(aMembership()
                                .withId(new MemberId(UUID.randomUUID()))
                                .of(organisation)
                                .withDetails(aMember()
                                        .withEmail(UUID.randomUUID() + "@example.org")
                                        .withRoles(Role.CONTRIBUTOR, Role.VIEWER)
                                        .build())
                                .build()),
                        1,
                        200));
        listings.put(
                "risks",
                countsOf(
                        "/risks?limit=200",
                        (organisation, admin) -> risks.add(aStoredRisk()
                                .withId(new RiskId(UUID.randomUUID()))
                                .of(organisation)
                                .raisedBy(admin)
                                .build()),
                        1,
                        200));
        listings.put(
                "use cases",
                countsOf(
                        "/use-cases?limit=200",
                        (organisation, admin) -> useCases.add(UseCase.propose(
                                new UseCaseId(UUID.randomUUID()),
                                organisation,
                                UseCaseDetailsBuilder.aUseCase().ownedBy(admin).build(),
                                null,
                                admin,
                                NOW)),
                        1,
                        200));
        listings.put(
                "organisation footprint",
                countsOf(
                        "/footprint",
                        (organisation, admin) -> useCases.add(UseCase.propose(
                                        new UseCaseId(UUID.randomUUID()),
                                        organisation,
                                        UseCaseDetailsBuilder.aUseCase()
                                                .ownedBy(admin)
                                                .build(),
                                        null,
                                        admin,
                                        NOW)
                                .withFootprintInputs(new org.gouvernail.domain.usecase.FootprintInputs(
                                        1000,
                                        300,
                                        400,
                                        null,
                                        org.gouvernail.domain.usecase.FootprintModel.SMALL,
                                        null,
                                        null,
                                        null))),
                        1,
                        200));
        listings.put(
                "meetings",
                countsOf(
                        "/meetings?limit=200",
                        (organisation, admin) -> meetings.add(MeetingBuilder.aMeeting()
                                .withId(new MeetingId(UUID.randomUUID()))
                                .of(organisation)
                                .on(LocalDate.parse("2026-11-28"))
                                .build()),
                        1,
                        200));
        listings.put(
                "decisions",
                countsOf(
                        "/decisions?limit=200",
                        (organisation, admin) -> decisions.add(DecisionBuilder.aDecision()
                                .withId(new org.gouvernail.domain.committee.DecisionId(UUID.randomUUID()))
                                .of(organisation)
                                .recordedBy(admin, NOW)
                                .build()),
                        1,
                        200));
        listings.put(
                "approval requests",
                countsOf(
                        "/approval-requests?limit=200",
                        (organisation, admin) -> requests.add(ApprovalRequest.submit(
                                new RequestId(UUID.randomUUID()),
                                organisation,
                                RequestKind.NEW_TOOL,
                                null,
                                "Demande",
                                "Une demande",
                                admin,
                                NOW)),
                        1,
                        200));
        listings.put(
                "policies",
                countsOf(
                        "/policies?limit=200",
                        (organisation, admin) -> policies.add(new Policy(
                                new PolicyId(UUID.randomUUID()), organisation, "Charte", "Cadre", null, admin, 0, NOW)),
                        1,
                        200));
        listings.put(
                "my feedback",
                countsOf(
                        "/feedback/mine?limit=200",
                        (organisation, admin) -> feedbackItems.add(FeedbackItem.submit(
                                        FeedbackItemId.random(),
                                        organisation,
                                        new FeedbackDraft(FeedbackKind.QUESTION, null, "Question", null),
                                        IdentityMode.CONFIDENTIAL,
                                        admin,
                                        LocalDate.parse("2026-11-28"))
                                .addMessage(new FeedbackMessage(
                                        MessageAuthor.REPORTER, null, "Précision", LocalDate.parse("2026-11-28")))),
                        1,
                        200));
        listings.put(
                "incidents",
                countsOf(
                        "/incidents?limit=200",
                        (organisation, admin) -> incidents.add(Incident.report(
                                new IncidentId(UUID.randomUUID()),
                                organisation,
                                new IncidentFacts(
                                        "Incident",
                                        null,
                                        IncidentKind.INCIDENT,
                                        IncidentType.PERSONAL_DATA_IN_PUBLIC_TOOL,
                                        null,
                                        NOW,
                                        java.util.Set.of(),
                                        java.util.Set.of(),
                                        null,
                                        java.util.Set.of(DataCategory.BENEFICIARY_VULNERABLE),
                                        null,
                                        null,
                                        true,
                                        java.util.Set.of(),
                                        false,
                                        true,
                                        false),
                                "BE",
                                admin,
                                NOW)),
                        1,
                        200));
        listings.put(
                "audit events",
                countsOf(
                        "/audit-events?limit=200",
                        (organisation, admin) -> audit.append(new AuditEvent(
                                UUID.randomUUID(),
                                organisation,
                                NOW,
                                "someone",
                                "Someone",
                                "tool.declared",
                                "tool",
                                UUID.randomUUID(),
                                "ChatGPT")),
                        1,
                        200));
        listings.put("training modules", countsOf("/training-modules?limit=200", this::trainingModule, 1, 200));
        listings.put(
                "training sessions",
                countsOf(
                        "/training-sessions?limit=50",
                        (organisation, admin) -> trainingSessions.add(TrainingSession.plan(
                                        new TrainingSessionId(UUID.randomUUID()),
                                        organisation,
                                        new SessionDetails(
                                                "Atelier",
                                                Set.of(trainingModule(organisation, admin)
                                                        .id()),
                                                LocalDate.parse("2026-11-20"),
                                                60,
                                                TrainingFormat.IN_PERSON,
                                                "fr",
                                                null,
                                                null,
                                                null),
                                        admin)
                                .withAttendance(Map.of(admin, AttendanceStatus.PRESENT))),
                        1,
                        200));
        listings.put(
                "training records",
                countsOf(
                        "/training-records?limit=200",
                        (organisation, admin) -> trainingRecords.add(TrainingRecord.of(
                                new TrainingRecordId(UUID.randomUUID()),
                                trainingModule(organisation, admin),
                                admin,
                                LocalDate.parse("2026-11-20"),
                                TrainingMethod.BRIEFING,
                                null,
                                null,
                                admin,
                                NOW)),
                        1,
                        200));
        listings.put(
                "tool uses",
                countsOf(
                        "/tool-uses?limit=200",
                        (organisation, admin) -> {
                            ToolId tool = new ToolId(UUID.randomUUID());
                            tools.add(anAiTool()
                                    .withId(tool)
                                    .of(organisation)
                                    .declaredBy(admin)
                                    .build());
                            toolUses.add(new ToolUse(
                                    new ToolUseId(UUID.randomUUID()),
                                    organisation,
                                    admin,
                                    tool,
                                    ToolUseSource.SELF_DECLARED,
                                    admin,
                                    NOW));
                        },
                        1,
                        200));
        assertThat(listings)
                .as("statements by listing and number of rows")
                .allSatisfy((listing, counts) ->
                        assertThat(counts.values().stream().distinct()).hasSize(1));
    }

    /** A communication plan of {@code organisation} owned by its admin, going live in 2027. */
    private static CommunicationPlan communicationPlan(OrganisationId organisation, MemberId admin) {
        return CommunicationPlan.drawUp(
                new CommunicationPlanId(UUID.randomUUID()),
                organisation,
                new PlanDetails(
                        "Plan",
                        "Informer",
                        null,
                        LocalDate.parse("2027-01-01"),
                        LocalDate.parse("2027-12-31"),
                        admin,
                        LocalDate.parse("2027-06-01"),
                        true,
                        true),
                admin,
                NOW);
    }

    @Test
    @TestSecurity(user = OWNER)
    void communicationPlansAndTheirActionsCostTheSameWithOneRowAndWithTwoHundred() {
        Map<Integer, Long> plans = countsOf(
                "/communication-plans?limit=200",
                (organisation, admin) ->
                        communicationPlans.add(communicationPlan(organisation, admin), LocalDate.parse("2027-03-01")),
                1,
                200);
        assertSameCount("a page of communication plans", plans);

        Map<Integer, Long> actions = new LinkedHashMap<>();
        Map<Integer, Long> views = new LinkedHashMap<>();
        for (int size : new int[] {1, 200}) {
            OrganisationId organisation = world.association(OWNER);
            MemberId admin =
                    memberships.findActive(organisation, OWNER).orElseThrow().id();
            CommunicationPlan plan = communicationPlan(organisation, admin);
            QuarkusTransaction.requiringNew().run(() -> {
                communicationPlans.add(plan, null);
                IntStream.range(0, size)
                        .forEach(i -> communicationActions.add(CommunicationAction.plan(
                                new CommunicationActionId(UUID.randomUUID()),
                                organisation,
                                plan.id(),
                                new CommunicationDetails(
                                        i % 2 == 0 ? Target.of(Audience.STAFF) : Target.team("Équipe " + i),
                                        ChangeStage.values()[i % 5],
                                        Set.of(Concern.JOBS, Concern.PRIVACY),
                                        "Message " + i,
                                        null,
                                        CommunicationChannel.EMAIL,
                                        admin,
                                        LocalDate.parse("2027-01-10"),
                                        null,
                                        List.of(new LinkedSubject(LinkedSubjectKind.TOOL, UUID.randomUUID()))),
                                NOW)));
            });
            String path = "/api/v1/organisations/" + organisation + "/communication-plans/" + plan.id();
            statements(path + "/actions?limit=200");
            actions.put(size, statements(path + "/actions?limit=200"));
            long review = statements(path + "/review");
            views.put(size, review + statements(path + "/timeline") + statements(path + "/proposals"));
        }
        assertSameCount("a page of communication actions", actions);
        assertSameCount("the review, timeline and proposals of a plan", views);
        // the caller's membership and roles, the plan, the page, its concerns, its subjects (4 batches of 64 for 201
        // rows
        // would show here as a difference)
        assertThat(actions.get(1)).isLessThanOrEqualTo(12);
    }

    /**
     * What /me and the caller's organisations may cost, for a person with one membership and for one
     * with 200 alike (the two are measured by two tests, as each runs as its own user): the person's
     * memberships with their roles, then their organisations (with one query per membership, 200
     * memberships cost 205); the caller's organisations add their page.
     */
    private static final long ME_STATEMENTS = 2;

    private static final long MY_ORGANISATIONS_STATEMENTS = 3;

    private void memberOf(String subject, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                OrganisationId organisation = new OrganisationId(UUID.randomUUID());
                organisations.add(aRegisteredOrganisation()
                        .withId(organisation)
                        .withProfile(anOrganisation(
                                        "perf-" + UUID.randomUUID().toString().substring(0, 13))
                                .build())
                        .build());
                memberships.add(aMembership()
                        .withId(new MemberId(UUID.randomUUID()))
                        .of(organisation)
                        .withSubject(subject)
                        .withDetails(aMember()
                                .withEmail(subject + "@example.org")
                                .withRoles(Role.ADMIN, Role.COMMITTEE)
                                .build())
                        .build());
            }
        });
    }

    @Test
    @TestSecurity(user = "mona")
    void meWithOneMembership() {
        memberOf("mona", 1);
        statements("/api/v1/me");
        assertThat(statements("/api/v1/me")).isLessThanOrEqualTo(ME_STATEMENTS);
        assertThat(statements("/api/v1/organisations?limit=200")).isLessThanOrEqualTo(MY_ORGANISATIONS_STATEMENTS);
    }

    @Test
    @TestSecurity(user = "max")
    void meWithTwoHundredMemberships() {
        memberOf("max", 200);
        statements("/api/v1/me");
        assertThat(statements("/api/v1/me")).isLessThanOrEqualTo(ME_STATEMENTS);
        assertThat(statements("/api/v1/organisations?limit=200")).isLessThanOrEqualTo(MY_ORGANISATIONS_STATEMENTS);
    }

    @Test
    @TestSecurity(user = OWNER)
    void theVersionsOfAPolicyCostTheSameWithOneVersionAndWithTwoHundred() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        for (int size : new int[] {1, 200}) {
            OrganisationId organisation = world.association(OWNER);
            MemberId admin =
                    memberships.findActive(organisation, OWNER).orElseThrow().id();
            PolicyId policy = new PolicyId(UUID.randomUUID());
            QuarkusTransaction.requiringNew().run(() -> {
                policies.add(new Policy(policy, organisation, "Charte", "Cadre", null, admin, 0, NOW));
                for (int number = 1; number <= size; number++) {
                    versions.add(PolicyVersionBuilder.aPolicyVersion()
                            .withId(new VersionId(UUID.randomUUID()))
                            .of(policy)
                            .in(organisation)
                            .numbered(number)
                            .createdBy(admin)
                            .build());
                }
            });
            String path = "/api/v1/organisations/" + organisation + "/policies/" + policy.value() + "/versions";
            statements(path);
            counts.put(size, statements(path));
        }
        assertSameCount("policy versions", counts);
    }
}
