package org.gouvernail.domain.inventory.assessment;

import java.util.Objects;

/** A failed checklist item whose condition holds for this tool: it blocks approval. */
public record BlockingFinding(ChecklistItem item, ChecklistAnswer answer, BlockingCondition condition) {

    public BlockingFinding {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(condition, "condition");
    }
}
