package org.gouvernail.app.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.gouvernail.domain.inventory.assessment.AssessmentContext;
import org.gouvernail.domain.inventory.assessment.AssessmentInput;
import org.gouvernail.domain.inventory.assessment.ChecklistAnswer;
import org.gouvernail.domain.inventory.assessment.ChecklistItem;
import org.gouvernail.domain.inventory.assessment.ItemAnswer;

/** Test helper: assessment request bodies (JSON) and inputs (domain) with an answer for every checklist item. */
public final class ChecklistBodies {

    private ChecklistBodies() {}

    /** Every item answered {@code answer}, but the overrides (item id → answer code). */
    public static Map<String, String> answers(String answer, String... overrides) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (ChecklistItem item : ChecklistItem.values()) {
            answers.put(item.name(), answer);
        }
        for (int i = 0; i < overrides.length; i += 2) {
            answers.put(overrides[i], overrides[i + 1]);
        }
        return answers;
    }

    /** {"context": {...}, "answers": {"V01": {"answer": "YES"}, ...}} */
    public static String body(String contextJson, Map<String, String> answers) {
        String items = answers.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":{\"answer\":\"" + e.getValue() + "\"}")
                .collect(Collectors.joining(","));
        return "{" + (contextJson == null ? "" : "\"context\":" + contextJson + ",") + "\"answers\":{" + items + "}}";
    }

    public static String allYes() {
        return body(null, answers("YES"));
    }

    public static AssessmentInput input(ChecklistAnswer answer) {
        Map<ChecklistItem, ItemAnswer> answers = new LinkedHashMap<>();
        for (ChecklistItem item : ChecklistItem.values()) {
            answers.put(item, ItemAnswer.of(item, answer));
        }
        return new AssessmentInput(AssessmentContext.none(), answers);
    }
}
