package org.gouvernail.domain.inventory.assessment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * What the assessor gives: an answer to every item of one version of the checklist, and the facts
 * of context. A partial checklist is refused, naming the missing items; an answer to an item the
 * version does not have is refused too. Without a stated version, the answers say it: every item
 * of the current version answered makes a current input, every item of version 1 and none of the
 * later ones a version-1 input (an assessment of version 1, edited); a new assessment then asks
 * for the current version ({@link #inVersion}).
 */
public record AssessmentInput(AssessmentContext context, Map<ChecklistItem, ItemAnswer> answers, int checklistVersion) {

    public AssessmentInput {
        context = context == null ? AssessmentContext.none() : context;
        if (!ChecklistItem.knownVersion(checklistVersion)) {
            throw new IllegalArgumentException("unknown checklist version " + checklistVersion);
        }
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
        int version = checklistVersion;
        String missing = ChecklistItem.of(version).stream()
                .filter(item -> !complete.containsKey(item))
                .map(Enum::name)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new InvalidInput("answers", "missing-items", "answers missing for " + missing, "answers", missing);
        }
        String extra = complete.keySet().stream()
                .filter(item -> item.since() > version)
                .map(Enum::name)
                .collect(Collectors.joining(", "));
        if (!extra.isEmpty()) {
            throw new InvalidInput(
                    "answers",
                    "items-not-in-checklist-version",
                    "checklist version " + version + " has no item " + extra,
                    "answers",
                    extra,
                    version);
        }
        answers = Collections.unmodifiableMap(complete);
    }

    /** The version the answers say (see the class comment). */
    public AssessmentInput(AssessmentContext context, Map<ChecklistItem, ItemAnswer> answers) {
        this(context, answers, versionOf(answers));
    }

    /** These answers checked against {@code version} of the checklist. */
    public AssessmentInput inVersion(int version) {
        return version == checklistVersion ? this : new AssessmentInput(context, answers, version);
    }

    public ItemAnswer answer(ChecklistItem item) {
        return answers.get(item);
    }

    private static int versionOf(Map<ChecklistItem, ItemAnswer> answers) {
        if (answers == null) {
            return ChecklistItem.CURRENT_VERSION;
        }
        boolean anyLater = answers.entrySet().stream()
                .anyMatch(entry -> entry.getValue() != null && entry.getKey().since() > 1);
        boolean allFirst = ChecklistItem.of(1).stream().allMatch(item -> answers.get(item) != null);
        return allFirst && !anyLater ? 1 : ChecklistItem.CURRENT_VERSION;
    }
}
