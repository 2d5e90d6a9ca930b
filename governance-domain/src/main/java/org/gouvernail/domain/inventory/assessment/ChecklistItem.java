package org.gouvernail.domain.inventory.assessment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The association's security checklist for an AI tool, items V01 to V17 (stable ids used by the
 * API, the database and the templates), each with the condition under which a failed answer
 * blocks. A failed answer is NO, UNKNOWN, or NOT_APPLICABLE (an item whose condition holds does
 * apply); PARTIAL never blocks. V03 ("where data is stored is known") fails only when unknown.
 */
public enum ChecklistItem {
    /** Processor agreement (GDPR art. 28) covering prompts, files and outputs. */
    V01(BlockingCondition.PERSONAL_DATA),
    /** The vendor's GDPR role is clear (processor, or controller when it reuses data for training). */
    V02(BlockingCondition.PERSONAL_DATA),
    /** Where data is stored and processed is known. */
    V03(BlockingCondition.PERSONAL_DATA, ChecklistAnswer.UNKNOWN, ChecklistAnswer.NOT_APPLICABLE),
    /** Transfers outside the EU rest on an adequacy decision or standard contractual clauses. */
    V04(BlockingCondition.PERSONAL_DATA_LEAVES_EU),
    /** The vendor does not train on our inputs, or the opt-out is applied. */
    V05(BlockingCondition.PERSONAL_DATA),
    /** Only the association's professional accounts are used. */
    V06(BlockingCondition.PERSONAL_DATA),
    /** Retention of prompts and outputs is known; data is deleted or returned at the end. */
    V07(BlockingCondition.SENSITIVE_DATA),
    /** Encryption in transit and at rest. */
    V08(BlockingCondition.PERSONAL_DATA),
    /** Single sign-on or multi-factor authentication, admin control over users and sharing. */
    V09(BlockingCondition.SENSITIVE_DATA),
    /** Certifications (ISO 27001, SOC 2, ISO 27701, ISO 42001, HDS, SecNumCloud, C5). */
    V10(BlockingCondition.HEALTH_DATA),
    /** Sub-processor list published, changes notified. */
    V11(BlockingCondition.NEVER),
    /** Audit rights or independent evidence of the guarantees. */
    V12(BlockingCondition.NEVER),
    /** Breach notification to us without undue delay. */
    V13(BlockingCondition.PERSONAL_DATA),
    /** The vendor's AI Act posture is documented. */
    V14(BlockingCondition.HIGH_RISK_USE_CASE),
    /** Permissions of connectors and plug-ins are reviewed and minimal. */
    V15(BlockingCondition.CONNECTORS_TOUCH_PERSONAL_DATA),
    /** An exit plan and a way of working without the tool exist. */
    V16(BlockingCondition.CRITICAL_PROCESS),
    /** Cost and lock-in are acceptable for a non-profit. */
    V17(BlockingCondition.NEVER);

    private final BlockingCondition condition;
    private final Set<ChecklistAnswer> failing;

    ChecklistItem(BlockingCondition condition) {
        this(condition, ChecklistAnswer.NO, ChecklistAnswer.UNKNOWN, ChecklistAnswer.NOT_APPLICABLE);
    }

    ChecklistItem(BlockingCondition condition, ChecklistAnswer first, ChecklistAnswer... others) {
        this.condition = condition;
        this.failing = Collections.unmodifiableSet(EnumSet.of(first, others));
    }

    public BlockingCondition condition() {
        return condition;
    }

    /** The answers that block when the condition holds. */
    public Set<ChecklistAnswer> failingAnswers() {
        return failing;
    }

    public boolean blocks(ChecklistAnswer answer, ToolSnapshot tool, AssessmentContext context) {
        return failing.contains(answer) && condition.holds(tool, context);
    }
}
