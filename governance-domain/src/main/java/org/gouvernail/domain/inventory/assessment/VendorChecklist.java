package org.gouvernail.domain.inventory.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * Policy: computes an assessment's result from the answers, the tool snapshot and the context.
 * <ul>
 * <li>Score: share of the applicable items (all but NOT_APPLICABLE) answered YES, PARTIAL counting
 * half, in percent rounded down; 0 when no item applies.</li>
 * <li>Level: GOOD from 80, FAIR from 50, POOR below; BLOCKED as soon as one finding blocks.</li>
 * <li>The items and their conditions are those of the input's checklist version.</li>
 * <li>A finding blocks when the item's answer fails (NO, UNKNOWN or NOT_APPLICABLE; for V03 only
 * UNKNOWN or NOT_APPLICABLE) and the item's {@link BlockingCondition} holds for this tool.</li>
 * </ul>
 */
public final class VendorChecklist {

    private VendorChecklist() {}

    public static AssessmentResult evaluate(ToolSnapshot tool, AssessmentInput input) {
        int applicable = 0;
        int halfPoints = 0;
        List<BlockingFinding> findings = new ArrayList<>();
        int version = input.checklistVersion();
        for (ChecklistItem item : ChecklistItem.of(version)) {
            ChecklistAnswer answer = input.answer(item).answer();
            if (answer != ChecklistAnswer.NOT_APPLICABLE) {
                applicable++;
                halfPoints += answer == ChecklistAnswer.YES ? 2 : answer == ChecklistAnswer.PARTIAL ? 1 : 0;
            }
            if (item.blocks(answer, tool, input.context(), version)) {
                findings.add(new BlockingFinding(item, answer, item.condition(version)));
            }
        }
        int score = applicable == 0 ? 0 : (int) (halfPoints * 100L / (2L * applicable));
        AssessmentLevel level = findings.isEmpty() ? AssessmentLevel.forScore(score) : AssessmentLevel.BLOCKED;
        return new AssessmentResult(score, applicable, level, findings);
    }
}
