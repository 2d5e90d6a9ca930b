package org.gouvernail.domain.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GovernanceProfileTest {

    private static final OrganisationId ORG = new OrganisationId(UUID.randomUUID());

    @ParameterizedTest(
            name = "staff {0}, volunteers {1}, facing {2}, vulnerable {3}, countries {4}, federation {5} → {6}")
    @CsvSource({
        "0,    8,   true,  false, 1, false, SMALL_LOCAL,         small",
        "9,    49,  false, false, 1, false, SMALL_LOCAL,         small",
        "9,    50,  false, false, 1, false, MID_SIZE,            many-volunteers",
        "3,    6,   true,  true,  1, false, SMALL_LOCAL,         small",
        "3,    7,   true,  true,  1, false, MID_SIZE,            vulnerable-beneficiaries",
        "3,    7,   false, true,  1, false, SMALL_LOCAL,         small",
        "10,   0,   false, false, 1, false, MID_SIZE,            mid-staff",
        "0,    50,  false, false, 1, false, MID_SIZE,            many-volunteers",
        "249,  0,   false, false, 1, false, MID_SIZE,            mid-staff",
        "250,  0,   false, false, 1, false, LARGE_INTERNATIONAL, large-staff",
        "2,    0,   false, false, 2, false, LARGE_INTERNATIONAL, international",
        "500,  0,   false, false, 1, true,  FEDERATION,          federation",
        "1,    1,   false, false, 5, true,  FEDERATION,          federation"
    })
    void proposalFollowsTheExplicitRules(
            int staff,
            int volunteers,
            boolean facing,
            boolean vulnerable,
            int countries,
            boolean federation,
            GovernanceProfile expected,
            String reason) {
        ProfileProposal proposal =
                ProfileProposal.of(new ProfileFacts(staff, volunteers, facing, vulnerable, countries, federation));
        assertThat(proposal.profile()).isEqualTo(expected);
        assertThat(proposal.reasons()).contains(reason);
    }

    @ParameterizedTest(name = "{0}: committee {1}-{2}, written {3}, review {4} months, training {5} months, {6}")
    @CsvSource({
        "SMALL_LOCAL,         1, 3, true,  12, 36, small-local-association, 4",
        "MID_SIZE,            3, 5, true,  12, 24, mid-size-association,   8",
        "LARGE_INTERNATIONAL, 5, 9, false, 6,  12, international-ngo,      10",
        "FEDERATION,          3, 7, true,  12, 24, mid-size-association,   10"
    })
    void theProfileSetsItsDefaults(
            GovernanceProfile profile,
            int min,
            int max,
            boolean written,
            int review,
            int training,
            String template,
            int practices) {
        ProfileDefaults defaults = ProfileDefaults.of(profile);
        assertThat(defaults.committeeMin()).isEqualTo(min);
        assertThat(defaults.committeeMax()).isEqualTo(max);
        assertThat(defaults.writtenProcedure()).isEqualTo(written);
        assertThat(defaults.reviewCadenceMonths()).isEqualTo(review);
        assertThat(defaults.trainingValidityMonths()).isEqualTo(training);
        assertThat(defaults.policyTemplate()).isEqualTo(template);
        assertThat(defaults.practices()).hasSize(practices);
    }

    @Test
    void anotherProfileThanTheProposedOneNeedsAWrittenReason() {
        ProfileFacts small = new ProfileFacts(2, 5, false, false, 1, false);
        assertThatThrownBy(() -> GovernanceSetup.start(ORG, small, GovernanceProfile.MID_SIZE, " "))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> GovernanceSetup.start(ORG, small, GovernanceProfile.MID_SIZE, null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("reason");
        GovernanceSetup overridden =
                GovernanceSetup.start(ORG, small, GovernanceProfile.MID_SIZE, "Nous accueillons des mineurs");
        assertThat(overridden.chosen()).isEqualTo(GovernanceProfile.MID_SIZE);
        assertThat(overridden.overridden()).isTrue();
        assertThat(GovernanceSetup.start(ORG, small, GovernanceProfile.SMALL_LOCAL, "ignored")
                        .overrideReason())
                .as("choosing the proposal keeps no reason")
                .isNull();
    }

    @Test
    void notApplyingAPracticeNeedsAnExplanation() {
        assertThatThrownBy(() -> new PracticeDecision(
                        Practice.GOVERNANCE_COMMITTEE, PracticeStatus.NOT_APPLIED, null, Instant.EPOCH))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).code())
                .isEqualTo("explanation-required");
        assertThat(new PracticeDecision(Practice.GOVERNANCE_COMMITTEE, PracticeStatus.APPLIED, null, Instant.EPOCH)
                        .status())
                .isEqualTo(PracticeStatus.APPLIED);
    }

    @Test
    void acceptingTwiceKeepsTheFirstCreatedObject() {
        GovernanceSetup setup = GovernanceSetup.start(ORG, new ProfileFacts(2, 5, false, false, 1, false), null, null);
        UUID first = UUID.randomUUID();
        GovernanceSetup once = setup.accepted(RoadmapAction.ADOPT_POLICY, first, Instant.EPOCH);
        GovernanceSetup twice = once.accepted(RoadmapAction.ADOPT_POLICY, UUID.randomUUID(), Instant.EPOCH);
        assertThat(twice).isSameAs(once);
        assertThat(twice.step(RoadmapAction.ADOPT_POLICY).orElseThrow().createdId())
                .isEqualTo(first);
    }

    @Test
    void roadmapProposesTheWeakestFirstAndNoCharterToASmallAssociationWhoseLeadershipIsFine() {
        ReadinessFramework framework = ReadinessFramework.current();
        List<Answer> answers = framework.questions().stream()
                .map(question -> new Answer(
                        question.code(),
                        switch (question.dimension()) {
                            case DATA_PRIVACY -> 1;
                            case UNDERSTANDING_AI -> 2;
                            default -> 4;
                        }))
                .toList();
        ReadinessResponse response = new ReadinessResponse(
                new ResponseId(UUID.randomUUID()),
                ORG,
                new CampaignId(UUID.randomUUID()),
                new org.gouvernail.domain.organisation.MemberId(UUID.randomUUID()),
                RespondentGroup.BOARD,
                answers,
                Instant.EPOCH,
                0);
        ReadinessResults results = ReadinessResults.of(
                framework,
                java.util.Set.of(RespondentGroup.BOARD),
                false,
                List.of(response),
                java.util.Optional.empty());
        List<Roadmap.Item> small =
                Roadmap.of(GovernanceProfile.SMALL_LOCAL, java.util.Optional.of(results), java.util.Map.of());
        assertThat(small)
                .extracting(Roadmap.Item::action)
                .containsExactly(
                        RoadmapAction.ADOPT_POLICY, RoadmapAction.LITERACY_REQUIREMENT, RoadmapAction.FIRST_TRAINING);
        assertThat(Roadmap.of(GovernanceProfile.MID_SIZE, java.util.Optional.empty(), java.util.Map.of()))
                .extracting(Roadmap.Item::action)
                .containsExactlyInAnyOrder(RoadmapAction.values());
    }
}
