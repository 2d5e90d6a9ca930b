package org.gouvernail.domain.inventory.assessment;

/** How one checklist item is answered for a tool. */
public enum ChecklistAnswer {
    YES,
    /** Partly in place: counts half in the score and never blocks. */
    PARTIAL,
    NO,
    /** Nobody knows yet: blocks like NO where the item's condition holds. */
    UNKNOWN,
    /** The item does not concern this tool: left out of the score; blocks where the item's condition holds. */
    NOT_APPLICABLE
}
