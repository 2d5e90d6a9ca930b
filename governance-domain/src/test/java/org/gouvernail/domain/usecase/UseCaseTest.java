package org.gouvernail.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class UseCaseTest {

    static final MemberId OWNER = UseCaseDetailsBuilder.OWNER;
    static final MemberId SOMEONE = new MemberId(UUID.fromString("00000000-0000-7000-8000-000000000002"));
    static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");

    static UseCaseDetails details() {
        return UseCaseDetailsBuilder.aUseCase().build();
    }

    static UseCase idea() {
        return UseCase.propose(
                new UseCaseId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()), details(), null, OWNER, NOW);
    }

    static UseCase in(UseCaseStatus status) {
        return UseCaseBuilder.from(idea()).in(status).build();
    }

    static AiActAnswers prohibited() {
        return AiActAnswers.fromVersion1(
                Set.of(ProhibitedPractice.P_C), Set.of(), Set.of(), false, Set.of(), false, OperatorRole.DEPLOYER);
    }

    /** The whole 9 × 9 table; Y where the status may move from the row's to the column's (decisions included). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # from                   | IDEA | SUBMITTED | APPROVED | APPROVED_WITH_CONDITIONS | REJECTED | PILOT | IN_USE | SUSPENDED | RETIRED
            IDEA                     | N    | Y         | N        | N                        | N        | N     | N      | N         | Y
            SUBMITTED                | N    | N         | Y        | Y                        | Y        | N     | N      | N         | Y
            APPROVED                 | N    | N         | N        | N                        | N        | Y     | N      | N         | Y
            APPROVED_WITH_CONDITIONS | N    | N         | N        | N                        | N        | Y     | N      | N         | Y
            REJECTED                 | N    | N         | N        | N                        | N        | N     | N      | N         | Y
            PILOT                    | N    | N         | N        | N                        | N        | N     | Y      | N         | Y
            IN_USE                   | N    | N         | N        | N                        | N        | N     | N      | N         | Y
            SUSPENDED                | N    | Y         | N        | N                        | N        | N     | N      | N         | Y
            RETIRED                  | N    | N         | N        | N                        | N        | N     | N      | N         | N
            """)
    void theLifecycleTable(
            UseCaseStatus from,
            String idea,
            String submitted,
            String approved,
            String withConditions,
            String rejected,
            String pilot,
            String inUse,
            String suspended,
            String retired) {
        String[] expected = {idea, submitted, approved, withConditions, rejected, pilot, inUse, suspended, retired};
        UseCaseStatus[] targets = UseCaseStatus.values();
        assertThat(targets).hasSize(expected.length);
        for (int i = 0; i < targets.length; i++) {
            assertThat(from.canMoveTo(targets[i]))
                    .as("%s → %s", from, targets[i])
                    .isEqualTo("Y".equals(expected[i]));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = UseCaseStatus.class,
            names = {"APPROVED", "APPROVED_WITH_CONDITIONS", "PILOT", "IN_USE"})
    void aUseCaseReprofiledProhibitedAfterItsApprovalIsSuspended(UseCaseStatus status) {
        UseCase suspended = in(status).withAiActAnswers(prohibited());

        assertThat(suspended.status()).isEqualTo(UseCaseStatus.SUSPENDED);
        assertThat(suspended.tier()).contains(RiskTier.PROHIBITED);
    }

    @ParameterizedTest
    @EnumSource(
            value = UseCaseStatus.class,
            names = {"IDEA", "SUBMITTED", "REJECTED"})
    void aProhibitedProfileBeforeAnyApprovalSuspendsNothing(UseCaseStatus status) {
        assertThat(in(status).withAiActAnswers(prohibited()).status()).isEqualTo(status);
    }

    @Test
    void aSuspendedUseCaseStaysSuspendedUntilTheCommitteeDecidesAgain() {
        UseCase suspended = in(UseCaseStatus.IN_USE).withAiActAnswers(prohibited());
        UseCase corrected = suspended.withAiActAnswers(AiActAnswers.none());

        assertThat(corrected.status()).isEqualTo(UseCaseStatus.SUSPENDED);
        assertThatThrownBy(corrected::startPilot)
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("use-case-transition-refused");
        assertThatThrownBy(corrected::putInUse)
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("use-case-transition-refused");
        assertThatThrownBy(() -> corrected.applyDecision(UseCaseStatus.APPROVED))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("use-case-transition-refused");
        assertThatThrownBy(corrected::requireRemovable)
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("use-case-decided");

        UseCase resubmitted = corrected.submit();
        assertThat(resubmitted.status()).isEqualTo(UseCaseStatus.SUBMITTED);
        assertThat(resubmitted.applyDecision(UseCaseStatus.APPROVED).status()).isEqualTo(UseCaseStatus.APPROVED);
    }

    @Test
    void aSuspendedUseCaseStillProhibitedIsNeverApprovedAgainButMayBeRejected() {
        UseCase resubmitted =
                in(UseCaseStatus.APPROVED).withAiActAnswers(prohibited()).submit();

        assertThatThrownBy(() -> resubmitted.applyDecision(UseCaseStatus.APPROVED_WITH_CONDITIONS))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("prohibited-use-case");
        assertThat(resubmitted.applyDecision(UseCaseStatus.REJECTED).status()).isEqualTo(UseCaseStatus.REJECTED);
    }

    @Test
    void theSuspensionIsAnEventOfItsOwnThatNoMemberCanCause() {
        UseCaseId id = new UseCaseId(UUID.randomUUID());
        OrganisationId organisation = new OrganisationId(UUID.randomUUID());
        UseCaseEvent.UseCaseSuspended event = new UseCaseEvent.UseCaseSuspended(organisation, id, UseCaseStatus.IN_USE);

        assertThat(event.action()).isEqualTo("use-case.suspended");
        assertThat(event.summary()).isEqualTo("status: IN_USE → SUSPENDED; tier: PROHIBITED");
        assertThatThrownBy(() -> new UseCaseEvent.UseCaseSuspended(organisation, id, UseCaseStatus.IDEA))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new UseCaseEvent.UseCaseMoved(organisation, id, UseCaseStatus.IN_USE, UseCaseStatus.SUSPENDED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdeaIsSubmittedThenWaitsForTheCommittee() {
        UseCase submitted = idea().submit();

        assertThat(submitted.status()).isEqualTo(UseCaseStatus.SUBMITTED);
        assertThatThrownBy(submitted::submit)
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("use-case-transition-refused");
    }

    @ParameterizedTest
    @EnumSource(
            value = UseCaseStatus.class,
            names = {"IDEA", "SUBMITTED"})
    void aPilotBeforeAnyDecisionAnswersDecisionRequired(UseCaseStatus status) {
        assertThatThrownBy(() -> in(status).startPilot())
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("decision-required");
    }

    @ParameterizedTest
    @EnumSource(
            value = UseCaseStatus.class,
            names = {"APPROVED", "APPROVED_WITH_CONDITIONS"})
    void anApprovedUseCaseStartsItsPilotThenGoesIntoUse(UseCaseStatus status) {
        UseCase inUse = in(status).startPilot().putInUse();

        assertThat(inUse.status()).isEqualTo(UseCaseStatus.IN_USE);
        assertThat(inUse.retire().status()).isEqualTo(UseCaseStatus.RETIRED);
    }

    @ParameterizedTest
    @EnumSource(
            value = UseCaseStatus.class,
            names = {"REJECTED", "PILOT", "IN_USE", "RETIRED"})
    void aPilotNeedsAnApprovedUseCase(UseCaseStatus status) {
        assertThatThrownBy(() -> in(status).startPilot())
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("use-case-transition-refused");
    }

    @Test
    void prohibitedUseCaseCannotBeApproved() {
        UseCase submitted = idea().withAiActAnswers(prohibited()).submit();

        assertThat(submitted.canBeApproved()).isFalse();
        assertThatThrownBy(submitted::requireApprovable)
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("prohibited-use-case");
    }

    @Test
    void aSubmittedUseCaseThatIsNotProhibitedCanBeApproved() {
        UseCase minimal = idea().withAiActAnswers(AiActAnswers.none()).submit();
        UseCase unprofiled = idea().submit();

        assertThat(minimal.canBeApproved()).isTrue();
        assertThat(unprofiled.canBeApproved()).isTrue();
        minimal.requireApprovable();
    }

    @Test
    void onlyASubmittedUseCaseCanBeApproved() {
        assertThat(idea().canBeApproved()).isFalse();
        assertThatThrownBy(() -> idea().requireApprovable())
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("use-case-transition-refused");
    }

    @ParameterizedTest
    @EnumSource(
            value = UseCaseStatus.class,
            names = {"APPROVED", "PILOT"})
    void aUseCaseProfiledProhibitedAfterItsApprovalCanNeitherStartNorGoOn(UseCaseStatus status) {
        UseCase reprofiled = in(status).withAiActAnswers(prohibited());
        Runnable next = status == UseCaseStatus.APPROVED ? reprofiled::startPilot : reprofiled::putInUse;

        assertThatThrownBy(next::run)
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("prohibited-use-case");
    }

    @Test
    void aRetiredUseCaseIsKeptAsItWas() {
        UseCase retired = idea().retire();

        assertThatThrownBy(() -> retired.withDetails(details()))
                .extracting("code")
                .isEqualTo("use-case-retired");
        assertThatThrownBy(() -> retired.withAiActAnswers(AiActAnswers.none()))
                .extracting("code")
                .isEqualTo("use-case-retired");
        assertThatThrownBy(() -> retired.withDpiaAnswers(new DpiaAnswers(Set.of(), Set.of())))
                .extracting("code")
                .isEqualTo("use-case-retired");
        assertThatThrownBy(retired::retire).extracting("code").isEqualTo("use-case-transition-refused");
    }

    @ParameterizedTest
    @EnumSource(UseCaseStatus.class)
    void onlyAnUndecidedUseCaseMayBeDeleted(UseCaseStatus status) {
        if (status == UseCaseStatus.IDEA || status == UseCaseStatus.SUBMITTED) {
            in(status).requireRemovable();
        } else {
            assertThatThrownBy(() -> in(status).requireRemovable())
                    .extracting("code")
                    .isEqualTo("use-case-decided");
        }
    }

    @Test
    void theResultsFollowTheAnswersAndAreNeverTypedIn() {
        UseCase profiled = idea().withAiActAnswers(prohibited())
                .withDpiaAnswers(new DpiaAnswers(Set.of(), Set.of(DpiaCriterion.C7, DpiaCriterion.C8)));

        assertThat(profiled.tier()).contains(RiskTier.PROHIBITED);
        assertThat(profiled.dpiaScreening().map(DpiaScreening::outcome)).contains(DpiaOutcome.LIKELY);
        assertThat(idea().tier()).isEmpty();
        assertThat(idea().dpiaScreening()).isEmpty();
    }

    @Test
    void theQuadrantNeedsBothScores() {
        UseCaseDetails unscored = UseCaseDetailsBuilder.aMinimalUseCase()
                .titled("Idée")
                .affecting(PeopleAffected.PUBLIC)
                .withImpact(new ImpactCriteria(5, 5, 5, 5))
                .build();

        assertThat(details().quadrant()).contains(Quadrant.QUICK_WIN);
        assertThat(unscored.quadrant()).isEmpty();
        assertThat(unscored.impactScore()).contains(5);
    }

    @Test
    void theOwnerIsTheOneWhoMayEditBesidesTheGovernors() {
        assertThat(idea().ownedBy(OWNER)).isTrue();
        assertThat(idea().ownedBy(SOMEONE)).isFalse();
    }

    @Test
    void aNewUseCaseFromTheCatalogueTakesTheEntrysTextsInTheOrganisationsLocale() {
        CatalogueEntry entry = UseCaseCatalogue.find("translation").orElseThrow();
        NewUseCase command =
                NewUseCaseBuilder.fromCatalogue("translation").inTeam("Accueil").build();

        UseCaseDetails french = command.details(Optional.of(entry), "fr-BE", SOMEONE);
        UseCaseDetails english = command.details(Optional.of(entry), "en", SOMEONE);

        assertThat(french.title()).isEqualTo("Traduire des documents");
        assertThat(english.title()).isEqualTo("Translate documents");
        assertThat(french.team()).isEqualTo("Accueil");
        assertThat(french.owner()).isEqualTo(SOMEONE);
        assertThat(french.impact()).isEqualTo(entry.impact());
        assertThat(french.quadrant()).contains(Quadrant.QUICK_WIN);
    }

    @Test
    void theFieldsGivenOverrideTheCatalogueEntry() {
        CatalogueEntry entry = UseCaseCatalogue.find("translation").orElseThrow();
        NewUseCase command = NewUseCaseBuilder.fromCatalogue("translation")
                .titled("Traduire le journal")
                .affecting(PeopleAffected.PUBLIC)
                .ownedBy(OWNER)
                .withImpact(new ImpactCriteria(1, 1, 1, 1))
                .build();

        UseCaseDetails details = command.details(Optional.of(entry), "fr", SOMEONE);

        assertThat(details.title()).isEqualTo("Traduire le journal");
        assertThat(details.peopleAffected()).isEqualTo(PeopleAffected.PUBLIC);
        assertThat(details.owner()).isEqualTo(OWNER);
        assertThat(details.quadrant()).contains(Quadrant.FILL_IN);
    }

    @ParameterizedTest(name = "{0} decided {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SUBMITTED | APPROVED                 | APPROVED
            SUBMITTED | APPROVED_WITH_CONDITIONS | APPROVED_WITH_CONDITIONS
            SUBMITTED | REJECTED                 | REJECTED
            IDEA      | APPROVED                 | use-case-transition-refused
            IDEA      | REJECTED                 | use-case-transition-refused
            SUBMITTED | PILOT                    | use-case-transition-refused
            APPROVED  | REJECTED                 | use-case-transition-refused
            """)
    void aCommitteeDecisionSetsTheOutcomeOfASubmittedUseCase(
            UseCaseStatus from, UseCaseStatus outcome, String expected) {
        if (expected.contains("-")) {
            assertThatThrownBy(() -> in(from).applyDecision(outcome))
                    .isInstanceOf(RuleViolation.class)
                    .extracting("code")
                    .isEqualTo(expected);
        } else {
            assertThat(in(from).applyDecision(outcome).status()).isEqualTo(UseCaseStatus.valueOf(expected));
        }
    }

    @Test
    void aDecisionNeverApprovesAProhibitedUseCaseButMayRejectIt() {
        UseCase prohibited = in(UseCaseStatus.SUBMITTED).withAiActAnswers(prohibited());

        assertThatThrownBy(() -> prohibited.applyDecision(UseCaseStatus.APPROVED_WITH_CONDITIONS))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("prohibited-use-case");
        assertThat(prohibited.applyDecision(UseCaseStatus.REJECTED).status()).isEqualTo(UseCaseStatus.REJECTED);
    }
}
