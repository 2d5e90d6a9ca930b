package org.gouvernail.domain.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReadinessResultsTest {

    private static final OrganisationId ORG = new OrganisationId(UUID.randomUUID());
    private static final CampaignId CAMPAIGN = new CampaignId(UUID.randomUUID());
    private static final ReadinessFramework FRAMEWORK = ReadinessFramework.current();
    private static final Set<RespondentGroup> BOARD_AND_VOLUNTEERS =
            EnumSet.of(RespondentGroup.BOARD, RespondentGroup.VOLUNTEERS);

    /** A response of {@code group} giving {@code stage} (null: I don't know) to both LG questions. */
    private static ReadinessResponse leadership(RespondentGroup group, Integer stage) {
        return new ReadinessResponse(
                new ResponseId(UUID.randomUUID()),
                ORG,
                CAMPAIGN,
                new MemberId(UUID.randomUUID()),
                group,
                List.of(new Answer("LG1", stage), new Answer("LG2", stage)),
                Instant.EPOCH,
                0);
    }

    private static List<ReadinessResponse> responses(RespondentGroup group, Integer... stages) {
        List<ReadinessResponse> list = new ArrayList<>();
        for (Integer stage : stages) {
            list.add(leadership(group, stage));
        }
        return list;
    }

    private static List<ReadinessResponse> both(List<ReadinessResponse> a, List<ReadinessResponse> b) {
        List<ReadinessResponse> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static Stream<Arguments> leadershipCases() {
        return Stream.of(
                // name, anonymous, responses, overall mean, board mean, volunteers mean, dispersion, disagreement,
                // don't-know share
                Arguments.of(
                        "board optimistic, field pessimistic: a finding",
                        false,
                        both(responses(RespondentGroup.BOARD, 4, 5, 4), responses(RespondentGroup.VOLUNTEERS, 2, 2, 3)),
                        3.33,
                        4.33,
                        2.33,
                        2.0,
                        true,
                        0.0),
                Arguments.of(
                        "groups agree within 1.5 stages",
                        false,
                        both(responses(RespondentGroup.BOARD, 3, 3, 4), responses(RespondentGroup.VOLUNTEERS, 3, 2, 3)),
                        3.0,
                        3.33,
                        2.67,
                        0.67,
                        false,
                        0.0),
                Arguments.of(
                        "exactly 1.5 stages apart is flagged",
                        false,
                        both(responses(RespondentGroup.BOARD, 4, 4), responses(RespondentGroup.VOLUNTEERS, 2, 3)),
                        3.25,
                        4.0,
                        2.5,
                        1.5,
                        true,
                        0.0),
                Arguments.of(
                        "anonymous: two volunteers are too few to show, so no dispersion",
                        true,
                        both(responses(RespondentGroup.BOARD, 5, 5, 5), responses(RespondentGroup.VOLUNTEERS, 1, 1)),
                        3.4,
                        5.0,
                        null,
                        null,
                        false,
                        0.0),
                Arguments.of(
                        "not anonymous: two volunteers show",
                        false,
                        both(responses(RespondentGroup.BOARD, 5, 5, 5), responses(RespondentGroup.VOLUNTEERS, 1, 1)),
                        3.4,
                        5.0,
                        1.0,
                        4.0,
                        true,
                        0.0),
                Arguments.of(
                        "I don't know is counted in the share, not in the mean",
                        false,
                        both(
                                responses(RespondentGroup.BOARD, 4, null, null),
                                responses(RespondentGroup.VOLUNTEERS, 4, 4, null)),
                        4.0,
                        4.0,
                        4.0,
                        0.0,
                        false,
                        0.5),
                Arguments.of(
                        "a group where nobody knows has no mean",
                        false,
                        both(
                                responses(RespondentGroup.BOARD, null, null, null),
                                responses(RespondentGroup.VOLUNTEERS, 2, 2, 2)),
                        2.0,
                        null,
                        2.0,
                        null,
                        false,
                        0.5),
                Arguments.of("nobody answered", true, List.of(), null, null, null, null, false, 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leadershipCases")
    void leadershipResults(
            String name,
            boolean anonymous,
            List<ReadinessResponse> responses,
            Double mean,
            Double board,
            Double volunteers,
            Double dispersion,
            boolean disagreement,
            double dontKnowShare) {
        ReadinessResults results =
                ReadinessResults.of(FRAMEWORK, BOARD_AND_VOLUNTEERS, anonymous, responses, Optional.empty());
        ReadinessResults.DimensionResult leadership =
                results.dimension(Dimension.LEADERSHIP_GOVERNANCE).orElseThrow();
        assertThat(leadership.mean()).as("mean").isEqualTo(mean);
        assertThat(group(leadership, RespondentGroup.BOARD).mean()).as("board").isEqualTo(board);
        assertThat(group(leadership, RespondentGroup.VOLUNTEERS).mean())
                .as("volunteers")
                .isEqualTo(volunteers);
        assertThat(leadership.dispersion()).as("dispersion").isEqualTo(dispersion);
        assertThat(leadership.disagreement()).as("disagreement").isEqualTo(disagreement);
        assertThat(leadership.dontKnowShare()).as("don't know").isEqualTo(dontKnowShare);
        assertThat(results.disagreements())
                .isEqualTo(disagreement ? List.of(Dimension.LEADERSHIP_GOVERNANCE) : List.of());
        assertThat(results.respondents()).isEqualTo(responses.size());
    }

    @Test
    void anonymousGroupBelowThreeIsHiddenButStillCountedOverall() {
        ReadinessResults results = ReadinessResults.of(
                FRAMEWORK,
                BOARD_AND_VOLUNTEERS,
                true,
                both(responses(RespondentGroup.BOARD, 1, 1), responses(RespondentGroup.VOLUNTEERS, 5, 5, 5)),
                Optional.empty());
        ReadinessResults.DimensionResult leadership =
                results.dimension(Dimension.LEADERSHIP_GOVERNANCE).orElseThrow();
        ReadinessResults.GroupScore board = group(leadership, RespondentGroup.BOARD);
        assertThat(board.shown()).isFalse();
        assertThat(board.respondents()).isEqualTo(2);
        assertThat(board.mean()).isNull();
        assertThat(leadership.mean()).isEqualTo(3.4);
    }

    @Test
    void trendComparesEachDimensionWithThePreviousCampaign() {
        ReadinessResults before = ReadinessResults.of(
                FRAMEWORK, BOARD_AND_VOLUNTEERS, false, responses(RespondentGroup.BOARD, 2, 2), Optional.empty());
        ReadinessResults after = ReadinessResults.of(
                FRAMEWORK, BOARD_AND_VOLUNTEERS, false, responses(RespondentGroup.BOARD, 3, 4), Optional.of(before));
        assertThat(after.dimension(Dimension.LEADERSHIP_GOVERNANCE)
                        .orElseThrow()
                        .trend())
                .isEqualTo(1.5);
        assertThat(after.dimension(Dimension.RESOURCES).orElseThrow().trend())
                .as("no answers either time: no trend")
                .isNull();
    }

    @Test
    void answersToQuestionsOfNoDimensionOfTheEditionAreIgnoredAndEveryDimensionIsListed() {
        ReadinessResults results = ReadinessResults.of(
                FRAMEWORK, BOARD_AND_VOLUNTEERS, false, responses(RespondentGroup.BOARD, 3), Optional.empty());
        assertThat(results.dimensions()).hasSize(Dimension.values().length);
        assertThat(results.dimension(Dimension.MISSION_VALUES).orElseThrow().answers())
                .isZero();
    }

    private static ReadinessResults.GroupScore group(ReadinessResults.DimensionResult result, RespondentGroup group) {
        return result.groups().stream()
                .filter(score -> score.group() == group)
                .findFirst()
                .orElseThrow();
    }
}
