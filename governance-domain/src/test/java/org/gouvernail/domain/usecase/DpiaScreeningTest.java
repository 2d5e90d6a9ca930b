package org.gouvernail.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DpiaScreeningTest {

    @ParameterizedTest(name = "{0} → REQUIRED ({1})")
    @CsvSource({"R_A, GDPR art. 35(3)(a)", "R_B, GDPR art. 35(3)(b)", "R_C, GDPR art. 35(3)(c)"})
    void everyArticle35CaseMakesTheDpiaRequiredEvenWithoutCriteria(Article35Case required, String reference) {
        DpiaScreening screening = new DpiaAnswers(Set.of(required), Set.of()).screen();

        assertThat(screening.outcome()).isEqualTo(DpiaOutcome.REQUIRED);
        assertThat(screening.reasons()).extracting(Reason::code).containsExactly("required." + required.name());
        assertThat(screening.reasons()).extracting(Reason::reference).containsExactly(reference);
    }

    /** Criteria ticked → outcome, for the counts around the threshold of two. */
    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # criteria                   | outcome
                                         | NOT_INDICATED
            C8                           | NOT_INDICATED
            C7                           | NOT_INDICATED
            C7 C8                        | LIKELY
            C1 C2                        | LIKELY
            C4 C7 C8                     | LIKELY
            C1 C2 C3 C4 C5 C6 C7 C8 C9   | LIKELY
            """)
    void twoOrMoreCriteriaMakeItLikely(String criteria, DpiaOutcome expected) {
        Set<DpiaCriterion> ticked = criteria == null
                ? Set.of()
                : Arrays.stream(criteria.trim().split("\\s+"))
                        .map(DpiaCriterion::valueOf)
                        .collect(Collectors.toSet());

        assertThat(new DpiaAnswers(Set.of(), ticked).screen().outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "only {0} → NOT_INDICATED, ask the DPO")
    @EnumSource(DpiaCriterion.class)
    void aSingleCriterionIsNotIndicatedButAdvisesAskingTheDpo(DpiaCriterion criterion) {
        DpiaScreening screening = new DpiaAnswers(Set.of(), Set.of(criterion)).screen();

        assertThat(screening.outcome()).isEqualTo(DpiaOutcome.NOT_INDICATED);
        assertThat(screening.reasons())
                .extracting(Reason::code)
                .containsExactly("criterion." + criterion.name(), "one-criterion-ask-dpo");
        assertThat(screening.reasons().get(0).reference())
                .isEqualTo("EDPB WP248 rev.01, criterion " + criterion.name().substring(1));
    }

    @Test
    void aRequiredCaseWinsOverTheCriteriaAndKeepsThemAsReasons() {
        DpiaScreening screening =
                new DpiaAnswers(Set.of(Article35Case.R_B), EnumSet.of(DpiaCriterion.C4, DpiaCriterion.C5)).screen();

        assertThat(screening.outcome()).isEqualTo(DpiaOutcome.REQUIRED);
        assertThat(screening.reasons())
                .extracting(Reason::code)
                .containsExactly("required.R_B", "criterion.C4", "criterion.C5");
    }

    @Test
    void nothingTickedIsNotIndicated() {
        assertThat(new DpiaAnswers(null, null).screen().reasons())
                .extracting(Reason::code, Reason::reference)
                .containsExactly(org.assertj.core.api.Assertions.tuple("not-indicated", "GDPR art. 35(1)"));
    }
}
