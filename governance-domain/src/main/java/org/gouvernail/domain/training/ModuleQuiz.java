package org.gouvernail.domain.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: the optional quiz of a training module, scored by the server. Each question has 2 to 6
 * choices and one or more correct ones; an attempt passes when its score (the percentage of
 * questions answered exactly right) reaches the pass mark.
 *
 * @param passMark the percentage needed to pass, 1 to 100
 */
public record ModuleQuiz(List<Question> questions, int passMark) {

    public static final int MAX_QUESTIONS = 50;
    public static final int MIN_CHOICES = 2;
    public static final int MAX_CHOICES = 6;
    public static final int QUESTION_LENGTH = 1_000;
    public static final int CHOICE_LENGTH = 500;

    public ModuleQuiz {
        Check.present("questions", questions);
        if (questions.isEmpty()) {
            throw new InvalidInput("questions", "required", "a quiz has at least one question", "questions");
        }
        questions = List.copyOf(Check.size("questions", questions, MAX_QUESTIONS));
        Check.range("passMark", passMark, 1, 100);
    }

    /** One question: its text, its choices (numbered from 0) and the numbers of the correct ones. */
    public record Question(String text, List<String> choices, Set<Integer> correct) {

        public Question {
            text = Check.text("questions.text", Check.present("questions.text", text), QUESTION_LENGTH);
            Check.present("questions.choices", choices);
            if (choices.size() < MIN_CHOICES || choices.size() > MAX_CHOICES) {
                throw new InvalidInput(
                        "questions.choices",
                        "out-of-range",
                        "a question has 2 to 6 choices",
                        "questions.choices",
                        MIN_CHOICES,
                        MAX_CHOICES);
            }
            List<String> cleaned = new ArrayList<>();
            for (String choice : choices) {
                cleaned.add(Check.text("questions.choices", Check.present("questions.choices", choice), CHOICE_LENGTH));
            }
            choices = List.copyOf(cleaned);
            Check.present("questions.correct", correct);
            if (correct.isEmpty()) {
                throw new InvalidInput(
                        "questions.correct",
                        "required",
                        "a question has at least one correct choice",
                        "questions.correct");
            }
            for (Integer index : correct) {
                Check.range("questions.correct", Check.present("questions.correct", index), 0, choices.size() - 1);
            }
            correct = Set.copyOf(new TreeSet<>(correct));
        }
    }

    /** The outcome of an attempt: the score in percent, whether it passes, and per question whether it was right. */
    public record Result(int score, int passMark, boolean passed, List<Boolean> correct) {
        public Result {
            correct = List.copyOf(correct);
        }
    }

    /** Scores an attempt: one set of chosen choice numbers per question, in order; a question counts when exactly right. */
    public Result score(List<Set<Integer>> answers) {
        Check.present("answers", answers);
        if (answers.size() != questions.size()) {
            throw new InvalidInput(
                    "answers",
                    "out-of-range",
                    "one answer per question is expected",
                    "answers",
                    questions.size(),
                    questions.size());
        }
        List<Boolean> right = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < questions.size(); i++) {
            Set<Integer> chosen = answers.get(i) == null ? Set.of() : answers.get(i);
            boolean ok = questions.get(i).correct().equals(chosen);
            right.add(ok);
            if (ok) {
                count++;
            }
        }
        int score = count * 100 / questions.size();
        return new Result(score, passMark, score >= passMark, right);
    }
}
