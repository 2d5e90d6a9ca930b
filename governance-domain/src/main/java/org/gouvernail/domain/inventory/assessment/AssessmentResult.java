package org.gouvernail.domain.inventory.assessment;

import java.util.List;

/**
 * The computed result: the score in percent (0–100, rounded down), the number of items it is
 * computed on, the level, and the blocking findings in item order.
 */
public record AssessmentResult(
        int score, int applicableItems, AssessmentLevel level, List<BlockingFinding> blockingFindings) {

    public AssessmentResult {
        blockingFindings = List.copyOf(blockingFindings);
    }
}
