package org.gouvernail.persistence.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.training.ModuleQuiz;

/** The quiz of a training module as a JSON column: its questions, choices, correct choices and pass mark. */
final class QuizColumn {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QuizColumn() {}

    record Stored(List<StoredQuestion> questions, int passMark) {}

    record StoredQuestion(String text, List<String> choices, Set<Integer> correct) {}

    static String write(ModuleQuiz quiz) {
        if (quiz == null) {
            return null;
        }
        Stored stored = new Stored(
                quiz.questions().stream()
                        .map(q -> new StoredQuestion(q.text(), q.choices(), q.correct()))
                        .toList(),
                quiz.passMark());
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("quiz not writable", e);
        }
    }

    static ModuleQuiz read(String json) {
        if (json == null) {
            return null;
        }
        try {
            Stored stored = JSON.readValue(json, Stored.class);
            return new ModuleQuiz(
                    stored.questions().stream()
                            .map(q -> new ModuleQuiz.Question(q.text(), q.choices(), q.correct()))
                            .toList(),
                    stored.passMark());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("quiz not readable", e);
        }
    }
}
