package org.gouvernail.rest.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.training.ModuleQuiz;

/** JSON shapes of a training module's quiz: as the coordinators set it, as members see it, and an attempt. */
final class QuizJson {

    private QuizJson() {}

    @Schema(
            name = "TrainingQuizQuestionInput",
            description = "A question, its 2 to 6 choices and the numbers (from 0) of the correct ones.")
    record QuestionInput(
            @NotBlank
            @Size(max = ModuleQuiz.QUESTION_LENGTH)
            @Schema(examples = "Which output must a person check before use?")
            String text,

            @NotNull
            @Size(min = ModuleQuiz.MIN_CHOICES, max = ModuleQuiz.MAX_CHOICES)
            @Schema(type = SchemaType.ARRAY, implementation = String.class, minItems = 2, maxItems = 6)
            List<@NotBlank @Size(max = ModuleQuiz.CHOICE_LENGTH) String> choices,

            @NotNull
            @Size(min = 1, max = ModuleQuiz.MAX_CHOICES)
            @Schema(type = SchemaType.ARRAY, implementation = Integer.class, minItems = 1, maxItems = 6)
            List<@NotNull @Min(0) @Max(5) Integer> correct) {

        ModuleQuiz.Question toDomain() {
            return new ModuleQuiz.Question(text, choices, new LinkedHashSet<>(correct));
        }
    }

    @Schema(
            name = "TrainingQuizInput",
            description = "The whole quiz of a module, with its correct choices (coordinators only).")
    record QuizInput(
            @NotNull
            @Size(min = 1, max = ModuleQuiz.MAX_QUESTIONS)
            @Schema(minItems = 1, maxItems = ModuleQuiz.MAX_QUESTIONS)
            List<@NotNull @Valid QuestionInput> questions,

            @NotNull
            @Min(1)
            @Max(100)
            @Schema(minimum = "1", maximum = "100", description = "Percentage needed to pass")
            Integer passMark) {

        ModuleQuiz toDomain() {
            return new ModuleQuiz(
                    questions.stream().map(QuestionInput::toDomain).toList(), passMark);
        }
    }

    @Schema(name = "TrainingQuizQuestion", description = "A question as members see it: never its correct choices.")
    record QuestionView(
            @Schema(minimum = "1", maximum = "50") int number,
            @Schema(maxLength = ModuleQuiz.QUESTION_LENGTH) String text,

            @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = 6)
            List<String> choices) {}

    @Schema(name = "TrainingQuiz", description = "A module's quiz without its answers.")
    record QuizView(
            UUID moduleId,
            @Schema(maxItems = ModuleQuiz.MAX_QUESTIONS) List<QuestionView> questions,
            @Schema(minimum = "1", maximum = "100") int passMark) {

        static QuizView from(org.gouvernail.domain.training.TrainingModuleId moduleId, ModuleQuiz quiz) {
            List<QuestionView> questions = new ArrayList<>();
            for (int i = 0; i < quiz.questions().size(); i++) {
                ModuleQuiz.Question question = quiz.questions().get(i);
                questions.add(new QuestionView(i + 1, question.text(), question.choices()));
            }
            return new QuizView(moduleId.value(), questions, quiz.passMark());
        }
    }

    @Schema(
            name = "TrainingQuizAttemptInput",
            description = "One list of chosen choice numbers (from 0) per question, in order.")
    record AttemptInput(
            @NotNull
            @Size(min = 1, max = ModuleQuiz.MAX_QUESTIONS)
            @Schema(type = SchemaType.ARRAY, minItems = 1, maxItems = ModuleQuiz.MAX_QUESTIONS)
            List<@NotNull @Size(max = ModuleQuiz.MAX_CHOICES) List<@NotNull @Min(0) @Max(5) Integer>> answers) {

        List<Set<Integer>> toDomain() {
            return answers.stream()
                    .map(chosen -> (Set<Integer>) new LinkedHashSet<>(chosen))
                    .toList();
        }
    }

    @Schema(name = "TrainingQuizAnswerOutcome", description = "Whether one question was answered exactly right.")
    record Outcome(@Schema(minimum = "1", maximum = "50") int number, boolean correct) {}

    @Schema(
            name = "TrainingQuizAttempt",
            description = "The server's score of an attempt; the correct choices are never given.")
    record AttemptView(
            @Schema(description = "The attempt as it is kept (GET …/quiz/attempts)")
            UUID attemptId,

            @Schema(minimum = "0", maximum = "100") int score,
            @Schema(minimum = "1", maximum = "100") int passMark,
            boolean passed,
            @Schema(maxItems = ModuleQuiz.MAX_QUESTIONS) List<Outcome> questions,

            @Schema(nullable = true, description = "The training record a pass wrote; null on a fail")
            TrainingJson.RecordJson record) {}

    @Schema(
            name = "TrainingQuizAttemptRecord",
            description = "An attempt at a module's quiz as it is kept, append-only: the score, never the choices. A"
                    + " passing attempt names the training record it wrote, whose evidence it is.")
    record StoredAttempt(
            UUID id,
            UUID memberId,
            UUID moduleId,
            @Schema(minimum = "1") int moduleRevision,
            @Schema(minimum = "1", maximum = "50") int questions,

            @Schema(minimum = "0", maximum = "50", description = "Questions answered exactly right")
            int correct,

            @Schema(minimum = "0", maximum = "100") int score,
            @Schema(minimum = "1", maximum = "100") int passMark,
            boolean passed,

            @Schema(nullable = true, description = "The training record a pass wrote")
            UUID recordId,

            java.time.Instant attemptedAt) {

        static StoredAttempt from(org.gouvernail.domain.training.QuizAttemptRecord attempt) {
            return new StoredAttempt(
                    attempt.id().value(),
                    attempt.memberId().value(),
                    attempt.moduleId().value(),
                    attempt.moduleRevision(),
                    attempt.questions(),
                    attempt.correct(),
                    attempt.score(),
                    attempt.passMark(),
                    attempt.passed(),
                    attempt.recordId() == null ? null : attempt.recordId().value(),
                    attempt.attemptedAt());
        }
    }
}
