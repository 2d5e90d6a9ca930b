package org.gouvernail.domain.inventory.assessment;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * What the assessor gives: an answer to every one of the 17 checklist items, and the facts of
 * context. A partial checklist is refused, naming the missing items.
 */
public record AssessmentInput(AssessmentContext context, Map<ChecklistItem, ItemAnswer> answers) {

    public AssessmentInput {
        context = context == null ? AssessmentContext.none() : context;
        EnumMap<ChecklistItem, ItemAnswer> complete = new EnumMap<>(ChecklistItem.class);
        if (answers != null) {
            answers.forEach((item, answer) -> {
                if (answer != null && answer.item() != item) {
                    throw new IllegalArgumentException("answer for " + answer.item() + " filed under " + item);
                }
                if (answer != null) {
                    complete.put(item, answer);
                }
            });
        }
        String missing = Arrays.stream(ChecklistItem.values())
                .filter(item -> !complete.containsKey(item))
                .map(Enum::name)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new InvalidInput("answers", "missing-items", "answers missing for " + missing, "answers", missing);
        }
        answers = Collections.unmodifiableMap(complete);
    }

    public ItemAnswer answer(ChecklistItem item) {
        return answers.get(item);
    }
}
