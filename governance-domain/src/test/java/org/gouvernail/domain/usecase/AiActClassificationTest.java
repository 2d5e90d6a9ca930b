package org.gouvernail.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AiActClassificationTest {

    private static AiActAnswers answers(
            Set<ProhibitedPractice> practices,
            Set<AnnexIIIArea> areas,
            Set<Article63Exception> exceptions,
            boolean profiling,
            Set<TransparencyDuty> duties,
            boolean editorialReview) {
        return new AiActAnswers(
                practices, areas, exceptions, profiling, duties, editorialReview, OperatorRole.DEPLOYER);
    }

    @ParameterizedTest(name = "{0} → PROHIBITED ({1})")
    @CsvSource({
        "P_A, AI Act art. 5(1)(a)",
        "P_B, AI Act art. 5(1)(b)",
        "P_C, AI Act art. 5(1)(c)",
        "P_D, AI Act art. 5(1)(d)",
        "P_E, AI Act art. 5(1)(e)",
        "P_F, AI Act art. 5(1)(f)",
        "P_G, AI Act art. 5(1)(g)",
        "P_H, AI Act art. 5(1)(h)"
    })
    void everyArticle5PracticeIsProhibitedWhateverElseIsTicked(ProhibitedPractice practice, String reference) {
        AiActClassification result = answers(
                        Set.of(practice),
                        EnumSet.allOf(AnnexIIIArea.class),
                        EnumSet.allOf(Article63Exception.class),
                        true,
                        EnumSet.allOf(TransparencyDuty.class),
                        false)
                .classify();

        assertThat(result.tier()).isEqualTo(RiskTier.PROHIBITED);
        assertThat(result.reasons()).containsExactly(new Reason("prohibited." + practice.name(), reference));
    }

    @ParameterizedTest(name = "{0} → HIGH_RISK ({1})")
    @CsvSource({
        "A1, AI Act art. 6(2), Annex III point 1",
        "A2, AI Act art. 6(2), Annex III point 2",
        "A3, AI Act art. 6(2), Annex III point 3",
        "A4, AI Act art. 6(2), Annex III point 4",
        "A5_A, AI Act art. 6(2), Annex III point 5(a)",
        "A5_B, AI Act art. 6(2), Annex III point 5(b)",
        "A5_C, AI Act art. 6(2), Annex III point 5(c)",
        "A5_D, AI Act art. 6(2), Annex III point 5(d)",
        "A6, AI Act art. 6(2), Annex III point 6",
        "A7, AI Act art. 6(2), Annex III point 7",
        "A8_A, AI Act art. 6(2), Annex III point 8(a)",
        "A8_B, AI Act art. 6(2), Annex III point 8(b)"
    })
    void everyAnnexIIIAreaIsHighRiskWithTheDeployersDuties(AnnexIIIArea area, String point, String annex) {
        AiActClassification result = answers(
                        Set.of(), Set.of(area), Set.of(), false, Set.of(TransparencyDuty.INTERACTS_WITH_PEOPLE), false)
                .classify();

        assertThat(result.tier()).isEqualTo(RiskTier.HIGH_RISK);
        assertThat(result.reasons())
                .containsExactly(
                        new Reason("annex-iii." + area.name(), point + ", " + annex),
                        new Reason("deployer-duties", "AI Act art. 26, art. 27"));
    }

    @ParameterizedTest(name = "Annex III + {0} without profiling → not high-risk")
    @EnumSource(Article63Exception.class)
    void anArticle63ExceptionTakesAnAnnexIIIUseOutOfHighRisk(Article63Exception exception) {
        AiActClassification result = answers(
                        Set.of(), Set.of(AnnexIIIArea.A4), Set.of(exception), false, Set.of(), false)
                .classify();

        assertThat(result.tier()).isEqualTo(RiskTier.MINIMAL);
        assertThat(result.reasons())
                .extracting(Reason::code)
                .containsExactly("annex-iii.A4", "exception." + exception.name(), "exception-documented", "minimal");
        assertThat(result.reasons()).contains(new Reason("exception-documented", "AI Act art. 6(4)"));
    }

    @ParameterizedTest(name = "Annex III + {0} + profiling → still HIGH_RISK")
    @EnumSource(Article63Exception.class)
    void profilingKeepsItHighRiskDespiteArticle63(Article63Exception exception) {
        AiActClassification result = answers(
                        Set.of(), Set.of(AnnexIIIArea.A5_A), Set.of(exception), true, Set.of(), false)
                .classify();

        assertThat(result.tier()).isEqualTo(RiskTier.HIGH_RISK);
        assertThat(result.reasons())
                .contains(new Reason("profiling-keeps-high-risk", "AI Act art. 6(3), last subparagraph"));
    }

    @Test
    void anExceptedAnnexIIIUseMayStillCarryTransparencyDuties() {
        AiActClassification result = answers(
                        Set.of(),
                        Set.of(AnnexIIIArea.A3),
                        Set.of(Article63Exception.PREPARATORY_TASK),
                        false,
                        Set.of(TransparencyDuty.INTERACTS_WITH_PEOPLE),
                        false)
                .classify();

        assertThat(result.tier()).isEqualTo(RiskTier.TRANSPARENCY);
    }

    @Test
    void profilingWithoutAnyAnnexIIIAreaIsNotHighRiskByItself() {
        assertThat(answers(Set.of(), Set.of(), Set.of(), true, Set.of(), false)
                        .classify()
                        .tier())
                .isEqualTo(RiskTier.MINIMAL);
    }

    @Test
    void aProviderOfAHighRiskSystemGetsTheProvidersDuties() {
        AiActAnswers provider = new AiActAnswers(
                Set.of(), Set.of(AnnexIIIArea.A4), Set.of(), false, Set.of(), false, OperatorRole.PROVIDER);

        assertThat(provider.classify().reasons()).contains(new Reason("provider-duties", "AI Act art. 16, art. 43"));
    }

    @ParameterizedTest(name = "{0} → TRANSPARENCY")
    @CsvSource({
        "INTERACTS_WITH_PEOPLE, AI Act art. 50(1)",
        "DEEP_FAKE, 'AI Act art. 50(4), first subparagraph'",
        "PUBLIC_INTEREST_TEXT, 'AI Act art. 50(4), second subparagraph'"
    })
    void everyArticle50DutyGivesTransparency(TransparencyDuty duty, String reference) {
        AiActClassification result = answers(Set.of(), Set.of(), Set.of(), false, Set.of(duty), false)
                .classify();

        assertThat(result.tier()).isEqualTo(RiskTier.TRANSPARENCY);
        assertThat(result.reasons()).containsExactly(new Reason("transparency." + duty.name(), reference));
    }

    @Test
    void publicInterestTextReviewedUnderEditorialResponsibilityNeedsNoDisclosure() {
        AiActClassification result = answers(
                        Set.of(), Set.of(), Set.of(), false, Set.of(TransparencyDuty.PUBLIC_INTEREST_TEXT), true)
                .classify();

        assertThat(result.tier()).isEqualTo(RiskTier.MINIMAL);
        assertThat(result.reasons()).extracting(Reason::code).containsExactly("editorial-review", "minimal");
    }

    @Test
    void editorialReviewDoesNotLiftTheChatbotDuty() {
        AiActClassification result = answers(
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        false,
                        Set.of(TransparencyDuty.PUBLIC_INTEREST_TEXT, TransparencyDuty.INTERACTS_WITH_PEOPLE),
                        true)
                .classify();

        assertThat(result.tier()).isEqualTo(RiskTier.TRANSPARENCY);
    }

    @Test
    void nothingTickedIsMinimalWithAiLiteracyStillExpected() {
        AiActClassification result = AiActAnswers.none().classify();

        assertThat(result.tier()).isEqualTo(RiskTier.MINIMAL);
        assertThat(result.reasons()).containsExactly(new Reason("minimal", "AI Act art. 4"));
    }
}
