package org.gouvernail.domain.inventory.assessment;

import java.util.EnumMap;
import java.util.Map;

/** Test data: complete checklists, so that each test changes only the answers its rule is about. */
final class Checklists {

    private Checklists() {}

    static Map<ChecklistItem, ItemAnswer> all(ChecklistAnswer answer) {
        Map<ChecklistItem, ItemAnswer> answers = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem item : ChecklistItem.values()) {
            answers.put(item, ItemAnswer.of(item, answer));
        }
        return answers;
    }

    /** Every item YES but {@code item}, answered {@code answer}. */
    static AssessmentInput allYesBut(ChecklistItem item, ChecklistAnswer answer, AssessmentContext context) {
        Map<ChecklistItem, ItemAnswer> answers = all(ChecklistAnswer.YES);
        answers.put(item, ItemAnswer.of(item, answer));
        return new AssessmentInput(context, answers);
    }

    static AssessmentInput allYes() {
        return new AssessmentInput(AssessmentContext.none(), all(ChecklistAnswer.YES));
    }

    /** The items in order: the first {@code yes} YES, then PARTIAL, NO, and the rest NOT_APPLICABLE. */
    static AssessmentInput counted(int yes, int partial, int no) {
        Map<ChecklistItem, ItemAnswer> answers = new EnumMap<>(ChecklistItem.class);
        ChecklistItem[] items = ChecklistItem.values();
        for (int i = 0; i < items.length; i++) {
            ChecklistAnswer answer = i < yes
                    ? ChecklistAnswer.YES
                    : i < yes + partial
                            ? ChecklistAnswer.PARTIAL
                            : i < yes + partial + no ? ChecklistAnswer.NO : ChecklistAnswer.NOT_APPLICABLE;
            answers.put(items[i], ItemAnswer.of(items[i], answer));
        }
        return new AssessmentInput(AssessmentContext.none(), answers);
    }
}
