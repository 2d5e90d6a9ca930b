package org.gouvernail.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The values check on the use case: versioned with it, and holding an approval the committee did not acknowledge. */
class ValuesGateTest {

    private static final Map<String, Object> JOBS_NOT_TOLD =
            Map.of("WO_CHANGE", "JOBS", "WO_TOLD", "NOT_YET", "MI_PURPOSE", "Gagner du temps pour l'accueil");

    private static UseCase submittedWithSeriousConcern() {
        return UseCaseTest.in(UseCaseStatus.SUBMITTED).withValuesAnswers(ValuesCheck.of(JOBS_NOT_TOLD));
    }

    @Test
    void aSeriousConcernWithoutResponseHoldsAnApprovalTheDecisionDoesNotAcknowledge() {
        UseCase useCase = submittedWithSeriousConcern();

        assertThatThrownBy(() -> useCase.applyDecision(UseCaseStatus.APPROVED, false))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "values-check-not-acknowledged");
        assertThatThrownBy(() -> useCase.applyDecision(UseCaseStatus.APPROVED_WITH_CONDITIONS))
                .isInstanceOf(RuleViolation.class);
        assertThat(useCase.applyDecision(UseCaseStatus.APPROVED, true).status()).isEqualTo(UseCaseStatus.APPROVED);
        assertThat(useCase.applyDecision(UseCaseStatus.REJECTED, false).status())
                .isEqualTo(UseCaseStatus.REJECTED);
    }

    @Test
    void theTeamsResponseLiftsTheHold() {
        UseCase answered = submittedWithSeriousConcern()
                .withValuesResponses(Map.of("work.jobs-without-consultation", "Consultation du CE le 12 janvier"));

        assertThat(answered.applyDecision(UseCaseStatus.APPROVED, false).status())
                .isEqualTo(UseCaseStatus.APPROVED);
    }

    @Test
    void aUseCaseWhoseCheckWasNeverAnsweredIsNotHeld() {
        UseCase useCase = UseCaseTest.in(UseCaseStatus.SUBMITTED);
        assertThat(useCase.valuesCheck()).isNull();
        assertThat(useCase.applyDecision(UseCaseStatus.APPROVED, false).status())
                .isEqualTo(UseCaseStatus.APPROVED);
    }

    @Test
    void aResponseToAConcernNotRaisedIsRefusedAndResponsesFollowTheAnswers() {
        UseCase useCase = submittedWithSeriousConcern();
        assertThatThrownBy(() -> useCase.withValuesResponses(Map.of("autonomy.no-review", "…")))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field())
                .isEqualTo("responses.autonomy.no-review");

        UseCase answered = useCase.withValuesResponses(Map.of("work.jobs-without-consultation", "CE consulté"));
        Map<String, Object> consulted = new HashMap<>(JOBS_NOT_TOLD);
        consulted.put("WO_TOLD", "CONSULTED");
        UseCase reanswered = answered.withValuesAnswers(ValuesCheck.of(consulted));
        assertThat(reanswered.valuesCheck().responses()).isEmpty();
        UseCase same = answered.withValuesAnswers(ValuesCheck.of(JOBS_NOT_TOLD));
        assertThat(same.valuesCheck().responses()).containsKey("work.jobs-without-consultation");
        Map<String, String> withdraw = new HashMap<>();
        withdraw.put("work.jobs-without-consultation", null);
        assertThat(same.withValuesResponses(withdraw).valuesCheck().responses()).isEmpty();
    }

    @Test
    void aRetiredUseCaseKeepsItsCheckAndFootprint() {
        UseCase retired = UseCaseTest.in(UseCaseStatus.RETIRED);
        assertThatThrownBy(() -> retired.withValuesAnswers(ValuesCheck.of(Map.of())))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> retired.withFootprintInputs(null)).isInstanceOf(RuleViolation.class);
    }
}
