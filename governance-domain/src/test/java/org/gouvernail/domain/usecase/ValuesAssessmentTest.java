package org.gouvernail.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.usecase.UseCaseDetailsBuilder.aUseCase;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.Localized;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The concern rules of the values check, as a table: a use case's people affected, data and AI Act
 * profile, the answers, and the one concern (code and level) the rule under test must raise, or none.
 */
class ValuesAssessmentTest {

    /** Answers that raise nothing for a use case reaching beneficiaries. */
    private static final Map<String, Object> CLEAN = Map.ofEntries(
            Map.entry("EQ_EXCLUSION", "FORESEEN_MITIGATED"),
            Map.entry("EQ_ERROR_CHECK", "REGULAR"),
            Map.entry("AU_REVIEW", "EVERY_OUTPUT"),
            Map.entry("AU_RECOURSE", true),
            Map.entry("AU_RELATIONSHIP", "SUPPORTS"),
            Map.entry("TR_WHO_IS_TOLD", "EVERYONE_CONCERNED"),
            Map.entry("TR_WORDING", "Cette réponse a été préparée avec un outil d'IA et relue par notre équipe."),
            Map.entry("HR_CHILDREN", false),
            Map.entry("HR_RIGHTS_AT_STAKE", false),
            Map.entry(
                    "HR_REFLECTION",
                    "Vie privée : aucune donnée nominative n'est envoyée. Non-discrimination : relue."),
            Map.entry("MI_PURPOSE", "Répondre plus vite aux familles"),
            Map.entry("MI_ALTERNATIVE", "COMPARED"),
            Map.entry("MI_EXIT", "PLANNED"),
            Map.entry("WO_CHANGE", "TASKS"),
            Map.entry("WO_TOLD", "CONSULTED"));

    /** A deployer whose chatbot talks with people: art. 50(1), the provider's duty, people must be told. */
    private static final AiActAnswers CHATBOT = AiActAnswers.of(
            Map.of("AI_SYSTEM", true, "ROLE", "DEPLOYER", "T1_INTERACTS_WITH_PEOPLE", true, "T1_OBVIOUS", false));

    /** A deployer publishing deep fakes: art. 50(4), the association's own duty. */
    private static final AiActAnswers DEEP_FAKE = AiActAnswers.of(
            Map.of("AI_SYSTEM", true, "ROLE", "DEPLOYER", "T4_DEEP_FAKE", true, "T4_ARTISTIC_OR_SATIRICAL", false));

    private static final AiActAnswers MINIMAL = AiActAnswers.none();

    private static final Set<DataCategory> VULNERABLE = Set.of(DataCategory.BENEFICIARY_VULNERABLE);
    private static final Set<DataCategory> INTERNAL = Set.of(DataCategory.INTERNAL);

    static Stream<Arguments> rules() {
        return Stream.of(
                // people affected, data, AI Act, changed answers ("CODE=value", "CODE=" removes), expected concern,
                // level
                row(PeopleAffected.BENEFICIARIES, INTERNAL, MINIMAL, "", null, null),
                row(
                        PeopleAffected.BENEFICIARIES,
                        INTERNAL,
                        MINIMAL,
                        "EQ_EXCLUSION=FORESEEN_NOT_MITIGATED",
                        "equity.exclusion-not-mitigated",
                        ConcernLevel.SERIOUS),
                row(
                        PeopleAffected.INTERNAL_ONLY,
                        INTERNAL,
                        MINIMAL,
                        "EQ_EXCLUSION=FORESEEN_NOT_MITIGATED",
                        "equity.exclusion-not-mitigated",
                        ConcernLevel.ATTENTION),
                row(
                        PeopleAffected.PUBLIC,
                        INTERNAL,
                        MINIMAL,
                        "EQ_EXCLUSION=NOT_EXAMINED",
                        "equity.exclusion-not-examined",
                        ConcernLevel.ATTENTION),
                row(
                        PeopleAffected.PUBLIC,
                        INTERNAL,
                        MINIMAL,
                        "EQ_EXCLUSION=",
                        "equity.exclusion-not-examined",
                        ConcernLevel.ATTENTION),
                row(PeopleAffected.INTERNAL_ONLY, INTERNAL, MINIMAL, "EQ_EXCLUSION=NOT_EXAMINED", null, null),
                row(
                        PeopleAffected.BENEFICIARIES,
                        INTERNAL,
                        MINIMAL,
                        "EQ_ERROR_CHECK=NONE",
                        "equity.errors-unchecked",
                        ConcernLevel.ATTENTION),
                row(PeopleAffected.INTERNAL_ONLY, INTERNAL, MINIMAL, "EQ_ERROR_CHECK=NONE", null, null),
                row(
                        PeopleAffected.BENEFICIARIES,
                        INTERNAL,
                        MINIMAL,
                        "AU_REVIEW=NONE",
                        "autonomy.no-review",
                        ConcernLevel.SERIOUS),
                row(
                        PeopleAffected.INTERNAL_ONLY,
                        INTERNAL,
                        MINIMAL,
                        "AU_REVIEW=NONE",
                        "autonomy.no-review",
                        ConcernLevel.ATTENTION),
                row(
                        PeopleAffected.BENEFICIARIES,
                        VULNERABLE,
                        MINIMAL,
                        "AU_REVIEW=SAMPLE",
                        "autonomy.sampled-review-vulnerable",
                        ConcernLevel.ATTENTION),
                row(PeopleAffected.BENEFICIARIES, INTERNAL, MINIMAL, "AU_REVIEW=SAMPLE", null, null),
                row(
                        PeopleAffected.PUBLIC,
                        INTERNAL,
                        MINIMAL,
                        "AU_RECOURSE=false",
                        "autonomy.no-recourse",
                        ConcernLevel.ATTENTION),
                row(
                        PeopleAffected.BENEFICIARIES,
                        INTERNAL,
                        MINIMAL,
                        "AU_RELATIONSHIP=REPLACES",
                        "autonomy.relationship-replaced",
                        ConcernLevel.SERIOUS),
                row(
                        PeopleAffected.INTERNAL_ONLY,
                        INTERNAL,
                        MINIMAL,
                        "AU_RELATIONSHIP=REPLACES",
                        "autonomy.relationship-replaced",
                        ConcernLevel.ATTENTION),
                row(
                        PeopleAffected.BENEFICIARIES,
                        INTERNAL,
                        MINIMAL,
                        "AU_RELATIONSHIP=REPLACES_IN_PART",
                        "autonomy.relationship-reduced",
                        ConcernLevel.ATTENTION),
                // transparency tied to the art. 50 duties of the AI Act profile
                row(
                        PeopleAffected.PUBLIC,
                        INTERNAL,
                        CHATBOT,
                        "TR_WHO_IS_TOLD=NOBODY TR_WORDING=",
                        "transparency.art50-nobody-told",
                        ConcernLevel.SERIOUS),
                row(
                        PeopleAffected.INTERNAL_ONLY,
                        INTERNAL,
                        DEEP_FAKE,
                        "TR_WHO_IS_TOLD=NOBODY TR_WORDING=",
                        "transparency.art50-nobody-told",
                        ConcernLevel.SERIOUS),
                row(
                        PeopleAffected.PUBLIC,
                        INTERNAL,
                        CHATBOT,
                        "TR_WHO_IS_TOLD=SOME",
                        "transparency.art50-not-everyone-told",
                        ConcernLevel.ATTENTION),
                row(
                        PeopleAffected.PUBLIC,
                        INTERNAL,
                        CHATBOT,
                        "TR_WHO_IS_TOLD= TR_WORDING=",
                        "transparency.art50-not-everyone-told",
                        ConcernLevel.ATTENTION),
                row(
                        PeopleAffected.PUBLIC,
                        INTERNAL,
                        MINIMAL,
                        "TR_WHO_IS_TOLD=NOBODY TR_WORDING=",
                        "transparency.nobody-told",
                        ConcernLevel.ATTENTION),
                row(PeopleAffected.INTERNAL_ONLY, INTERNAL, MINIMAL, "TR_WHO_IS_TOLD=NOBODY TR_WORDING=", null, null),
                row(
                        PeopleAffected.PUBLIC,
                        INTERNAL,
                        MINIMAL,
                        "TR_WORDING=",
                        "transparency.wording-missing",
                        ConcernLevel.ATTENTION),
                // a fundamental-rights reflection when the FRIA does not apply but beneficiaries are affected
                row(
                        PeopleAffected.BENEFICIARIES,
                        INTERNAL,
                        MINIMAL,
                        "HR_REFLECTION=",
                        "human-rights.reflection-missing",
                        ConcernLevel.ATTENTION),
                row(
                        PeopleAffected.BENEFICIARIES,
                        VULNERABLE,
                        MINIMAL,
                        "HR_REFLECTION=",
                        "human-rights.reflection-missing",
                        ConcernLevel.SERIOUS),
                row(PeopleAffected.INTERNAL_ONLY, INTERNAL, MINIMAL, "HR_REFLECTION=", null, null),
                row(
                        PeopleAffected.BENEFICIARIES,
                        INTERNAL,
                        MINIMAL,
                        "HR_CHILDREN=true AU_REVIEW=SAMPLE",
                        "human-rights.children-unreviewed",
                        ConcernLevel.SERIOUS),
                row(PeopleAffected.BENEFICIARIES, INTERNAL, MINIMAL, "HR_CHILDREN=true", null, null),
                row(
                        PeopleAffected.BENEFICIARIES,
                        INTERNAL,
                        MINIMAL,
                        "HR_RIGHTS_AT_STAKE=true",
                        "human-rights.rights-at-stake",
                        ConcernLevel.ATTENTION),
                row(
                        PeopleAffected.INTERNAL_ONLY,
                        INTERNAL,
                        MINIMAL,
                        "MI_PURPOSE=",
                        "mission.purpose-missing",
                        ConcernLevel.ATTENTION),
                row(
                        PeopleAffected.INTERNAL_ONLY,
                        INTERNAL,
                        MINIMAL,
                        "MI_ALTERNATIVE=NOT_CONSIDERED",
                        "mission.alternative-not-considered",
                        ConcernLevel.ATTENTION),
                row(PeopleAffected.INTERNAL_ONLY, INTERNAL, MINIMAL, "MI_ALTERNATIVE=CONSIDERED", null, null),
                row(
                        PeopleAffected.INTERNAL_ONLY,
                        INTERNAL,
                        MINIMAL,
                        "MI_EXIT=NONE",
                        "mission.no-exit-plan",
                        ConcernLevel.ATTENTION),
                row(
                        PeopleAffected.INTERNAL_ONLY,
                        INTERNAL,
                        MINIMAL,
                        "WO_CHANGE=JOBS WO_TOLD=INFORMED",
                        "work.jobs-without-consultation",
                        ConcernLevel.SERIOUS),
                row(PeopleAffected.INTERNAL_ONLY, INTERNAL, MINIMAL, "WO_CHANGE=JOBS", null, null),
                row(
                        PeopleAffected.INTERNAL_ONLY,
                        INTERNAL,
                        MINIMAL,
                        "WO_CHANGE=SKILLS WO_TOLD=NOT_YET",
                        "work.change-not-told",
                        ConcernLevel.ATTENTION),
                row(
                        PeopleAffected.INTERNAL_ONLY,
                        INTERNAL,
                        MINIMAL,
                        "WO_CHANGE=TASKS WO_TOLD=",
                        "work.change-not-told",
                        ConcernLevel.ATTENTION),
                row(PeopleAffected.INTERNAL_ONLY, INTERNAL, MINIMAL, "WO_CHANGE=NONE WO_TOLD=NOT_YET", null, null));
    }

    private static Arguments row(
            PeopleAffected people,
            Set<DataCategory> data,
            AiActAnswers aiAct,
            String changes,
            String concern,
            ConcernLevel level) {
        return Arguments.of(people, data, aiAct, changes, concern, level);
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {3} → {4} {5}")
    @MethodSource("rules")
    void eachRuleRaisesItsConcernAtItsLevelAndNothingElse(
            PeopleAffected people,
            Set<DataCategory> data,
            AiActAnswers aiAct,
            String changes,
            String concern,
            ConcernLevel level) {
        Map<String, Object> answers = new LinkedHashMap<>(CLEAN);
        Arrays.stream(changes.split(" ")).filter(change -> !change.isBlank()).forEach(change -> {
            String[] pair = change.split("=", 2);
            if (pair[1].isEmpty()) {
                answers.remove(pair[0]);
            } else {
                answers.put(
                        pair[0],
                        pair[1].equals("true") || pair[1].equals("false") ? Boolean.valueOf(pair[1]) : pair[1]);
            }
        });
        UseCaseDetails details = aUseCase().affecting(people).withData(data).build();

        ValuesAssessment assessment =
                ValuesAssessment.of(ValuesCheck.of(answers), details, Optional.of(aiAct.classify()));

        if (concern == null) {
            assertThat(assessment.concerns()).isEmpty();
            assertThat(assessment.level()).isEqualTo(ConcernLevel.NONE);
        } else {
            assertThat(assessment.concerns()).singleElement().satisfies(raised -> {
                assertThat(raised.code()).isEqualTo(concern);
                assertThat(raised.level()).isEqualTo(level);
                assertThat(raised.followUps()).isNotEmpty();
            });
            assertThat(assessment.level()).isEqualTo(level);
            assertThat(assessment.blocking()).isEqualTo(level == ConcernLevel.SERIOUS);
        }
    }

    @Test
    void theArticle50LinkReadsTheAiActProfile() {
        assertThat(ValuesAssessment.owesArticle50(Optional.of(CHATBOT.classify())))
                .isTrue();
        assertThat(ValuesAssessment.owesArticle50(Optional.of(DEEP_FAKE.classify())))
                .isTrue();
        assertThat(ValuesAssessment.owesArticle50(Optional.of(MINIMAL.classify())))
                .isFalse();
        assertThat(ValuesAssessment.owesArticle50(Optional.empty())).isFalse();
    }

    @Test
    void aSeriousConcernWithAResponseNoLongerBlocksButKeepsItsLevel() {
        Map<String, Object> answers = new LinkedHashMap<>(CLEAN);
        answers.put("WO_CHANGE", "JOBS");
        answers.put("WO_TOLD", "NOT_YET");
        ValuesCheck check = ValuesCheck.of(answers)
                .withResponses(Map.of(
                        "work.jobs-without-consultation", "Le conseil d'entreprise est consulté le 12 janvier."));

        ValuesAssessment assessment = ValuesAssessment.of(check, aUseCase().build(), Optional.of(MINIMAL.classify()));

        assertThat(assessment.level()).isEqualTo(ConcernLevel.SERIOUS);
        assertThat(assessment.blocking()).isFalse();
        assertThat(assessment
                        .concern("work.jobs-without-consultation")
                        .orElseThrow()
                        .followUps())
                .containsExactly(
                        FollowUp.risk("R11"),
                        FollowUp.communication("staff-consultation"),
                        FollowUp.training("AI_AND_WORK"));
    }

    @Test
    void answersAreCheckedAgainstTheQuestionnaire() {
        assertThatThrownBy(() -> ValuesCheck.of(Map.of("NOT_A_QUESTION", true)))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field())
                .isEqualTo("answers.NOT_A_QUESTION");
        assertThatThrownBy(() -> ValuesCheck.of(Map.of("AU_REVIEW", "SOMETIMES")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ValuesCheck.of(Map.of("AU_RECOURSE", "yes"))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ValuesCheck.of(Map.of("MI_PURPOSE", "x".repeat(2_001))))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void everyQuestionConcernAndFollowUpIsWordedInFrenchEnglishAndDutch() {
        for (ValuesQuestion question : ValuesQuestionnaire.questions()) {
            for (Localized text : List.of(question.text(), question.whyItMatters(), question.goodAnswer())) {
                assertThat(text.fr()).isNotBlank();
                assertThat(text.en()).isNotBlank();
            }
            assertThat(question.text().written(org.gouvernail.domain.shared.Language.NL))
                    .isPresent();
        }
        rules().map(arguments -> (String) arguments.get()[4])
                .filter(code -> code != null)
                .forEach(code -> assertThat(ValuesQuestionnaire.text("concern." + code)
                                .written(org.gouvernail.domain.shared.Language.NL))
                        .as(code)
                        .isPresent());
    }
}
