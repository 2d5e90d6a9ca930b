package org.gouvernail.domain.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.gouvernail.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class ModuleQuizTest {

    private final ModuleQuiz quiz = new ModuleQuiz(
            List.of(
                    new ModuleQuiz.Question("Qui relit ?", List.of("Personne", "Moi"), Set.of(1)),
                    new ModuleQuiz.Question("Quelles données ?", List.of("Santé", "Météo", "Adresse"), Set.of(0, 2)),
                    new ModuleQuiz.Question("Un outil se trompe-t-il ?", List.of("Oui", "Non"), Set.of(0))),
            60);

    @Test
    void aQuestionCountsOnlyWhenExactlyTheCorrectChoicesAreChosen() {
        ModuleQuiz.Result result = quiz.score(List.of(Set.of(1), Set.of(0), Set.of(0)));
        assertThat(result.correct()).containsExactly(true, false, true);
        assertThat(result.score()).isEqualTo(66);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void belowThePassMarkFails() {
        ModuleQuiz.Result result = quiz.score(List.of(Set.of(0, 1), Set.of(2, 0), Set.of(1)));
        assertThat(result.correct()).containsExactly(false, true, false);
        assertThat(result.score()).isEqualTo(33);
        assertThat(result.passed()).isFalse();
    }

    @Test
    void oneAnswerPerQuestionIsRequired() {
        assertThatThrownBy(() -> quiz.score(List.of(Set.of(1))))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field())
                .isEqualTo("answers");
    }

    @Test
    void aQuestionHasTwoToSixChoicesAndACorrectOneAmongThem() {
        assertThatThrownBy(() -> new ModuleQuiz.Question("Seule ?", List.of("Oui"), Set.of(0)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(
                        () -> new ModuleQuiz.Question("Trop ?", List.of("1", "2", "3", "4", "5", "6", "7"), Set.of(0)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ModuleQuiz.Question("Hors ?", List.of("A", "B"), Set.of(2)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ModuleQuiz.Question("Aucune ?", List.of("A", "B"), Set.of()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ModuleQuiz(List.of(), 50)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ModuleQuiz(quiz.questions(), 0)).isInstanceOf(InvalidInput.class);
    }
}
