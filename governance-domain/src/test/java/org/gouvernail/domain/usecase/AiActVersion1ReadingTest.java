package org.gouvernail.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Use cases answered with the first questionnaire keep their tier when read in the terms of the
 * current one; the current questionnaire refuses unknown codes and wrong types, naming the field;
 * legal references read in the caller's language.
 */
class AiActVersion1ReadingTest {

    private static AiActAnswers version1(
            Set<ProhibitedPractice> practices,
            Set<AnnexIIIArea> areas,
            Set<Article63Exception> exceptions,
            boolean profiling,
            Set<TransparencyDuty> duties,
            boolean editorialReview) {
        return AiActAnswers.fromVersion1(
                practices, areas, exceptions, profiling, duties, editorialReview, OperatorRole.DEPLOYER);
    }

    @ParameterizedTest(name = "version 1 {0} → PROHIBITED")
    @EnumSource(ProhibitedPractice.class)
    void everyVersion1PracticeStaysProhibited(ProhibitedPractice practice) {
        AiActAnswers answers =
                version1(Set.of(practice), EnumSet.allOf(AnnexIIIArea.class), Set.of(), true, Set.of(), false);

        assertThat(answers.legacy()).isTrue();
        assertThat(answers.classify().tier()).isEqualTo(RiskTier.PROHIBITED);
        assertThat(answers.prohibitedPractices()).containsExactly(practice);
    }

    @ParameterizedTest(name = "version 1 {0} → HIGH_RISK")
    @EnumSource(AnnexIIIArea.class)
    void everyVersion1AreaStaysHighRisk(AnnexIIIArea area) {
        AiActAnswers answers = version1(Set.of(), Set.of(area), Set.of(), false, Set.of(), false);

        assertThat(answers.classify().tier()).isEqualTo(RiskTier.HIGH_RISK);
        assertThat(answers.annexIiiAreas()).containsExactly(area);
    }

    @ParameterizedTest(name = "version 1 Annex III + {0} without profiling → not high-risk")
    @EnumSource(Article63Exception.class)
    void aVersion1ExceptionStillTakesTheUseOutOfHighRisk(Article63Exception exception) {
        AiActAnswers answers = version1(Set.of(), Set.of(AnnexIIIArea.A4), Set.of(exception), false, Set.of(), false);

        assertThat(answers.classify().tier()).isEqualTo(RiskTier.MINIMAL);
        assertThat(answers.article63Exceptions()).containsExactly(exception);
    }

    @Test
    void theVersion1SummaryListsOnlyTheAreasWhoseConditionsHold() {
        AiActAnswers answers = AiActAnswers.of(java.util.Map.of(
                "AI_SYSTEM", true,
                "ROLE", "DEPLOYER",
                "A7_MIGRATION_BORDER", true,
                "A7_FOR_COMPETENT_AUTHORITY", false,
                "A5D_EMERGENCY_TRIAGE", true));

        assertThat(answers.annexIiiAreas()).containsExactly(AnnexIIIArea.A5_D);
    }

    @Test
    void version1ProfilingStillKeepsItHighRisk() {
        assertThat(version1(
                                Set.of(),
                                Set.of(AnnexIIIArea.A5_A),
                                Set.of(Article63Exception.PREPARATORY_TASK),
                                true,
                                Set.of(),
                                false)
                        .classify()
                        .tier())
                .isEqualTo(RiskTier.HIGH_RISK);
    }

    @ParameterizedTest(name = "version 1 {0} → TRANSPARENCY")
    @EnumSource(TransparencyDuty.class)
    void everyVersion1DutyStaysTransparency(TransparencyDuty duty) {
        AiActAnswers answers = version1(Set.of(), Set.of(), Set.of(), false, Set.of(duty), false);

        assertThat(answers.classify().tier()).isEqualTo(RiskTier.TRANSPARENCY);
        assertThat(answers.transparencyDuties()).containsExactly(duty);
    }

    @Test
    void version1EditorialReviewStillLiftsThePublicInterestTextDuty() {
        assertThat(version1(Set.of(), Set.of(), Set.of(), false, Set.of(TransparencyDuty.PUBLIC_INTEREST_TEXT), true)
                        .classify()
                        .tier())
                .isEqualTo(RiskTier.MINIMAL);
    }

    @Test
    void anUnknownQuestionIsRefusedNamingTheField() {
        Map<String, Object> answers = new LinkedHashMap<>(Map.of("AI_SYSTEM", true, "ROLE", "DEPLOYER"));
        answers.put("A9_UNKNOWN", true);

        assertThatThrownBy(() -> AiActAnswers.of(answers)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo("answers.A9_UNKNOWN");
            assertThat(e.code()).isEqualTo("unknown-question");
        });
    }

    @Test
    void aWrongTypeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> AiActAnswers.of(Map.of("AI_SYSTEM", "yes", "ROLE", "DEPLOYER")))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("answers.AI_SYSTEM"));
        assertThatThrownBy(() -> AiActAnswers.of(Map.of("AI_SYSTEM", true, "ROLE", "OWNER")))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("answers.ROLE"));
    }

    @Test
    void aConditionIsRequiredOnceItsQuestionIsAnsweredYes() {
        assertThatThrownBy(() ->
                        AiActAnswers.of(Map.of("AI_SYSTEM", true, "ROLE", "DEPLOYER", "A7_MIGRATION_BORDER", true)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("answers.A7_FOR_COMPETENT_AUTHORITY");
                    assertThat(e.code()).isEqualTo("required");
                });
        assertThatThrownBy(() -> AiActAnswers.of(Map.of("AI_SYSTEM", true)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("answers.ROLE"));
    }

    @Test
    void referencesReadInTheCallersLanguage() {
        Citation point4 = Citation.annexIii("4");
        Citation point5a = Citation.annexIii("5(a)");

        assertThat(point4.in(Language.FR)).isEqualTo("Règlement (UE) 2024/1689, art. 6, § 2, et annexe III, point 4");
        assertThat(point4.in(Language.EN)).isEqualTo("Regulation (EU) 2024/1689, Art. 6(2) and Annex III, point 4");
        assertThat(point4.in(Language.NL))
                .isEqualTo("Verordening (EU) 2024/1689, art. 6, lid 2, en bijlage III, punt 4");
        assertThat(point5a.in(Language.FR)).endsWith("annexe III, point 5, a)");
        assertThat(Citation.aiAct("50", "4").subparagraph("second").in(Language.FR))
                .isEqualTo("Règlement (UE) 2024/1689, art. 50, § 4, alinéa 2");
        assertThat(Citation.aiAct("5", "1", "f").in(Language.FR))
                .isEqualTo("Règlement (UE) 2024/1689, art. 5, § 1, point f)");
        assertThat(Citation.aiAct("5", "1", "f").reference()).isEqualTo("AI Act art. 5(1)(f)");
        assertThat(point4.reference()).isEqualTo("AI Act art. 6(2), Annex III point 4");
    }

    @Test
    void everyQuestionHasItsTextInFrenchAndEnglish() {
        for (Question question : AiActQuestionnaire.questionnaire().questions()) {
            assertThat(question.text().written(Language.EN)).as(question.code()).isPresent();
            assertThat(question.text().written(Language.NL)).as(question.code()).isPresent();
        }
    }
}
