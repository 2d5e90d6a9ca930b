package org.gouvernail.domain.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.inventory.AiToolBuilder.anAiTool;
import static org.gouvernail.domain.inventory.ToolDetailsBuilder.aTool;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMember;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMemberWithoutAccount;
import static org.gouvernail.domain.organisation.MembershipBuilder.aMembership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.training.LiteracyStanding.Facts;
import org.gouvernail.domain.training.LiteracyStanding.Obligation;
import org.gouvernail.domain.training.LiteracyStanding.PolicyInForce;
import org.gouvernail.domain.training.LiteracyStanding.State;
import org.junit.jupiter.api.Test;

class LiteracyStandingTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    private final TrainingModule charter = Modules.active(12);
    private final Membership volunteer = person(PersonType.VOLUNTEER, "2026-11-20T10:00:00Z", false);
    private final Membership staff = person(PersonType.STAFF, "2026-01-10T10:00:00Z", true);

    private static Membership person(PersonType type, String joined, boolean account) {
        return aMembership()
                .withId(new MemberId(UUID.randomUUID()))
                .of(Modules.ORGANISATION)
                .withSubject(account ? "s-" + UUID.randomUUID() : null)
                .withDetails(
                        (account ? aMember() : aMemberWithoutAccount()).as(type).build())
                .createdAt(Instant.parse(joined))
                .build();
    }

    private static LiteracyRequirement requirement(
            Audience audience, TrainingModule module, RequirementTrigger trigger, Integer refresh) {
        return LiteracyRequirement.create(
                new LiteracyRequirementId(UUID.randomUUID()),
                Modules.ORGANISATION,
                new RequirementTerms(
                        "Charte",
                        audience,
                        List.of(module.id()),
                        trigger,
                        14,
                        refresh,
                        RequirementLevel.MANDATORY,
                        "Les bénévoles accueillent des bénéficiaires",
                        Modules.AUTHOR),
                Modules.AUTHOR,
                CREATED);
    }

    private static Audience volunteers() {
        return new Audience(Set.of(PersonType.VOLUNTEER), null, null, null, null, null, null);
    }

    private TrainingRecord record(TrainingModule module, Membership who, String on) {
        return TrainingRecord.of(
                new TrainingRecordId(UUID.randomUUID()),
                module,
                who.id(),
                LocalDate.parse(on),
                TrainingMethod.BRIEFING,
                null,
                null,
                Modules.AUTHOR,
                Modules.NOW);
    }

    private static Facts facts(
            List<LiteracyRequirement> requirements,
            List<Membership> people,
            List<ToolUse> uses,
            List<AiTool> tools,
            List<TrainingRecord> records,
            List<TrainingModule> modules,
            Map<PolicyId, PolicyInForce> policies) {
        return new Facts(requirements, people, uses, tools, Map.of(), records, modules, policies);
    }

    @Test
    void aNewVolunteerWithoutAccountOwesTheOnboardingModulesWithinTheDaysAfterJoining() {
        LiteracyRequirement onboarding = requirement(volunteers(), charter, RequirementTrigger.ONBOARDING, null);

        List<Obligation> obligations = LiteracyStanding.on(
                TODAY,
                facts(
                        List.of(onboarding),
                        List.of(volunteer, staff),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(charter),
                        Map.of()));

        assertThat(obligations).singleElement().satisfies(o -> {
            assertThat(o.memberId()).isEqualTo(volunteer.id());
            assertThat(o.dueOn()).isEqualTo(LocalDate.parse("2026-12-04"));
            assertThat(o.state()).isEqualTo(State.DUE);
        });
    }

    @Test
    void aPersonWhoJoinedBeforeTheRequirementOwesItFromTheRequirementAndIsOverdueAfterwards() {
        Membership older = person(PersonType.VOLUNTEER, "2025-01-10T10:00:00Z", false);
        LiteracyRequirement onboarding = requirement(volunteers(), charter, RequirementTrigger.ONBOARDING, null);

        Obligation obligation = LiteracyStanding.on(
                        TODAY,
                        facts(
                                List.of(onboarding),
                                List.of(older),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(charter),
                                Map.of()))
                .get(0);

        assertThat(obligation.dueOn()).isEqualTo(LocalDate.parse("2026-11-15"));
        assertThat(obligation.state()).isEqualTo(State.OVERDUE);
    }

    @Test
    void aValidRecordMeetsTheObligationUntilTheRefreshPeriodRunsOut() {
        LiteracyRequirement periodic = requirement(volunteers(), charter, RequirementTrigger.PERIODIC, 6);
        TrainingRecord followed = record(charter, volunteer, "2026-11-21");

        Facts facts = facts(
                List.of(periodic),
                List.of(volunteer),
                List.of(),
                List.of(),
                List.of(followed),
                List.of(charter),
                Map.of());

        Obligation now = LiteracyStanding.on(TODAY, facts).get(0);
        assertThat(now.state()).isEqualTo(State.MET);
        assertThat(now.metUntil()).isEqualTo(LocalDate.parse("2027-05-21"));
        Obligation later =
                LiteracyStanding.on(LocalDate.parse("2027-05-25"), facts).get(0);
        assertThat(later.state()).isEqualTo(State.OVERDUE);
        assertThat(later.dueOn()).isEqualTo(LocalDate.parse("2027-05-22"));
    }

    @Test
    void aVoidedRecordNoLongerMeetsTheObligation() {
        LiteracyRequirement onboarding = requirement(volunteers(), charter, RequirementTrigger.ONBOARDING, null);
        TrainingRecord voided = record(charter, volunteer, "2026-11-21")
                .voided(new RecordVoid("Mauvaise personne", Modules.AUTHOR, Modules.NOW, null));

        Obligation obligation = LiteracyStanding.on(
                        TODAY,
                        facts(
                                List.of(onboarding),
                                List.of(volunteer),
                                List.of(),
                                List.of(),
                                List.of(voided),
                                List.of(charter),
                                Map.of()))
                .get(0);

        assertThat(obligation.state()).isEqualTo(State.DUE);
    }

    @Test
    void toolAccessConcernsOnlyTheUsersOfAnApprovedToolOfTheAudienceFromTheirFirstUse() {
        AiTool chatbot = anAiTool()
                .withId(new ToolId(UUID.randomUUID()))
                .of(Modules.ORGANISATION)
                .withDetails(aTool().inCategory(ToolCategory.CHATBOT)
                        .withData(DataCategory.PERSONAL)
                        .usedBy("Accueil")
                        .build())
                .in(ToolStatus.APPROVED)
                .build();
        AiTool declared = anAiTool()
                .withId(new ToolId(UUID.randomUUID()))
                .of(Modules.ORGANISATION)
                .withDetails(aTool().inCategory(ToolCategory.CHATBOT)
                        .withData(DataCategory.PERSONAL)
                        .build())
                .in(ToolStatus.DECLARED)
                .build();
        Audience users = new Audience(null, null, Set.of("Accueil"), null, null, null, DataCategory.PERSONAL);
        LiteracyRequirement access = requirement(users, charter, RequirementTrigger.TOOL_ACCESS, null);
        ToolUse use = new ToolUse(
                new ToolUseId(UUID.randomUUID()),
                Modules.ORGANISATION,
                staff.id(),
                chatbot.id(),
                ToolUseSource.SELF_DECLARED,
                staff.id(),
                Instant.parse("2026-11-25T08:00:00Z"));
        ToolUse shadow = new ToolUse(
                new ToolUseId(UUID.randomUUID()),
                Modules.ORGANISATION,
                volunteer.id(),
                declared.id(),
                ToolUseSource.SELF_DECLARED,
                volunteer.id(),
                Instant.parse("2026-11-25T08:00:00Z"));

        List<Obligation> obligations = LiteracyStanding.on(
                TODAY,
                facts(
                        List.of(access),
                        List.of(volunteer, staff),
                        List.of(use, shadow),
                        List.of(chatbot, declared),
                        List.of(),
                        List.of(charter),
                        Map.of()));

        assertThat(obligations).singleElement().satisfies(o -> {
            assertThat(o.memberId()).isEqualTo(staff.id());
            assertThat(o.dueOn()).isEqualTo(LocalDate.parse("2026-12-09"));
        });
    }

    @Test
    void aNewPolicyVersionAsksForARefreshThatTheAcknowledgementSatisfies() {
        PolicyId policy = new PolicyId(UUID.randomUUID());
        ModuleContent content = Modules.content("Notre charte", 24, false);
        TrainingModule ourPolicy = TrainingModule.draft(
                        new TrainingModuleId(UUID.randomUUID()),
                        Modules.ORGANISATION,
                        "CHARTE",
                        new ModuleContent(
                                content.title(),
                                content.summary(),
                                null,
                                Set.of(Topic.OUR_POLICY),
                                content.level(),
                                content.objectives(),
                                null,
                                15,
                                content.formats(),
                                content.languages(),
                                null,
                                24,
                                policy,
                                Set.of(),
                                false),
                        null,
                        Modules.AUTHOR,
                        Modules.NOW)
                .publish();
        LiteracyRequirement refresh =
                requirement(Audience.everyone(), ourPolicy, RequirementTrigger.POLICY_VERSION, null);
        TrainingRecord before = record(ourPolicy, staff, "2026-02-01");
        TrainingRecord beforeToo = record(ourPolicy, volunteer, "2026-11-20");
        PolicyInForce inForce = new PolicyInForce(
                policy, new VersionId(UUID.randomUUID()), 2, LocalDate.parse("2026-11-22"), Set.of(volunteer.id()));

        List<Obligation> obligations = LiteracyStanding.on(
                TODAY,
                facts(
                        List.of(refresh),
                        List.of(volunteer, staff),
                        List.of(),
                        List.of(),
                        List.of(before, beforeToo),
                        List.of(ourPolicy),
                        Map.of(policy, inForce)));

        Obligation ofStaff = obligations.stream()
                .filter(o -> o.memberId().equals(staff.id()))
                .findFirst()
                .orElseThrow();
        Obligation ofVolunteer = obligations.stream()
                .filter(o -> o.memberId().equals(volunteer.id()))
                .findFirst()
                .orElseThrow();
        assertThat(ofStaff.state()).isEqualTo(State.DUE);
        assertThat(ofStaff.dueOn()).isEqualTo(LocalDate.parse("2026-12-06"));
        assertThat(ofVolunteer.state()).isEqualTo(State.MET);
        assertThat(ofVolunteer.byAcknowledgement()).isTrue();
    }

    @Test
    void aRetiredRequirementAsksNothingAndIsNotChangedAgain() {
        LiteracyRequirement retired = requirement(volunteers(), charter, RequirementTrigger.ONBOARDING, null)
                .retire();

        assertThat(LiteracyStanding.on(
                        TODAY,
                        facts(
                                List.of(retired),
                                List.of(volunteer),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(charter),
                                Map.of())))
                .isEmpty();
        assertThatThrownBy(() -> retired.revise(retired.terms(), CREATED))
                .hasFieldOrPropertyWithValue("code", "requirement-retired");
    }

    @Test
    void aChangeOfTheTermsIsANewRevisionFromTheSameCreation() {
        LiteracyRequirement first = requirement(volunteers(), charter, RequirementTrigger.ONBOARDING, null);
        Instant later = Instant.parse("2026-11-20T09:00:00Z");

        LiteracyRequirement revised = first.revise(first.terms(), later);

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.revisedAt()).isEqualTo(later);
        assertThat(revised.createdAt()).isEqualTo(first.createdAt());
    }

    @Test
    void aPeriodicRequirementSaysAfterHowManyMonthsItComesBack() {
        assertThatThrownBy(() -> requirement(volunteers(), charter, RequirementTrigger.PERIODIC, null))
                .hasFieldOrPropertyWithValue("field", "refreshMonths");
    }

    @Test
    void coverageCountsPeoplePerRequirementTeamAndPersonType() {
        LiteracyRequirement onboarding = requirement(Audience.everyone(), charter, RequirementTrigger.ONBOARDING, null);
        Facts facts = facts(
                List.of(onboarding),
                List.of(volunteer, staff),
                List.of(),
                List.of(),
                List.of(record(charter, volunteer, "2026-11-21")),
                List.of(charter),
                Map.of());

        LiteracyCoverage coverage = LiteracyCoverage.of(TODAY, facts, LiteracyStanding.on(TODAY, facts));

        assertThat(coverage.requirements()).singleElement().satisfies(c -> {
            assertThat(c.people()).isEqualTo(2);
            assertThat(c.covered()).isEqualTo(1);
            assertThat(c.overdue()).isEqualTo(1);
        });
        assertThat(coverage.personTypes())
                .extracting(LiteracyCoverage.GroupCoverage::group, LiteracyCoverage.GroupCoverage::covered)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("STAFF", 0),
                        org.assertj.core.groups.Tuple.tuple("VOLUNTEER", 1));
        assertThat(coverage.teams()).singleElement().satisfies(g -> {
            assertThat(g.group()).isNull();
            assertThat(g.people()).isEqualTo(2);
        });
    }
}
