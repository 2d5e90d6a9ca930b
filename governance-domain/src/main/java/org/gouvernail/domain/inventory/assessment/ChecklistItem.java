package org.gouvernail.domain.inventory.assessment;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The association's security checklist for an AI tool (stable ids used by the API, the database
 * and the templates), each with the condition under which a failed answer blocks. A failed answer
 * is NO, UNKNOWN, or NOT_APPLICABLE (an item whose condition holds does apply); PARTIAL never
 * blocks. V03 ("where data is stored is known") fails only when unknown.
 *
 * <p>Versioned: version 1 has V01 to V17, V11 and V12 never blocking alone; version 2 (the
 * current one) adds V18 to V22 and makes V11 and V12 block where GDPR art. 28 makes the clauses
 * mandatory (a processor handling personal data), like the art. 28(3)(b), (e) and (f) items
 * V18–V20. An assessment keeps the version it was created with, so its answers and result still
 * read.
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
    /** Sub-processor list published, changes notified (art. 28(2), (4)); blocks from version 2. */
    V11(BlockingCondition.PERSONAL_DATA, BlockingCondition.NEVER),
    /** Audit rights or independent evidence of the guarantees (art. 28(3)(h)); blocks from version 2. */
    V12(BlockingCondition.PERSONAL_DATA, BlockingCondition.NEVER),
    /** Breach notification to us without undue delay. */
    V13(BlockingCondition.PERSONAL_DATA),
    /** The vendor's AI Act posture is documented. */
    V14(BlockingCondition.HIGH_RISK_USE_CASE),
    /** Permissions of connectors and plug-ins are reviewed and minimal. */
    V15(BlockingCondition.CONNECTORS_TOUCH_PERSONAL_DATA),
    /** An exit plan and a way of working without the tool exist. */
    V16(BlockingCondition.CRITICAL_PROCESS),
    /** Cost and lock-in are acceptable for a non-profit. */
    V17(BlockingCondition.NEVER),
    /** Version 2: persons authorised to process the data are bound to confidentiality (GDPR art. 28(3)(b)). */
    V18(2, BlockingCondition.PERSONAL_DATA),
    /** Version 2: the processor assists with data subjects' requests (GDPR art. 28(3)(e)). */
    V19(2, BlockingCondition.PERSONAL_DATA),
    /** Version 2: the processor assists with security, breach notification and DPIA duties, arts. 32–36 (art. 28(3)(f)). */
    V20(2, BlockingCondition.PERSONAL_DATA),
    /**
     * Version 2: the minimum age of the tool's terms suits the people who use it (GDPR art. 8; 13 in
     * Belgium for information-society services, Law of 30 July 2018 art. 7); never blocks alone.
     */
    V21(2, BlockingCondition.NEVER),
    /** Version 2: who owns the outputs and whether the vendor may reuse them is known and acceptable; never alone. */
    V22(2, BlockingCondition.NEVER);

    /** The checklist version new assessments take. */
    public static final int CURRENT_VERSION = 2;

    private final int since;
    private final BlockingCondition condition;
    private final BlockingCondition conditionInVersion1;
    private final Set<ChecklistAnswer> failing;

    ChecklistItem(BlockingCondition condition) {
        this(condition, condition);
    }

    ChecklistItem(BlockingCondition condition, BlockingCondition conditionInVersion1) {
        this.since = 1;
        this.condition = condition;
        this.conditionInVersion1 = conditionInVersion1;
        this.failing = Collections.unmodifiableSet(
                EnumSet.of(ChecklistAnswer.NO, ChecklistAnswer.UNKNOWN, ChecklistAnswer.NOT_APPLICABLE));
    }

    ChecklistItem(int since, BlockingCondition condition) {
        this.since = since;
        this.condition = condition;
        this.conditionInVersion1 = condition;
        this.failing = Collections.unmodifiableSet(
                EnumSet.of(ChecklistAnswer.NO, ChecklistAnswer.UNKNOWN, ChecklistAnswer.NOT_APPLICABLE));
    }

    ChecklistItem(BlockingCondition condition, ChecklistAnswer first, ChecklistAnswer... others) {
        this.since = 1;
        this.condition = condition;
        this.conditionInVersion1 = condition;
        this.failing = Collections.unmodifiableSet(EnumSet.of(first, others));
    }

    /** The blocking condition in the current version. */
    public BlockingCondition condition() {
        return condition;
    }

    /** The blocking condition in {@code version} of the checklist. */
    public BlockingCondition condition(int version) {
        return version == 1 ? conditionInVersion1 : condition;
    }

    /** The first checklist version that has this item. */
    public int since() {
        return since;
    }

    /** The items of {@code version} of the checklist, in order. */
    public static List<ChecklistItem> of(int version) {
        return Arrays.stream(values()).filter(item -> item.since <= version).toList();
    }

    public static boolean knownVersion(int version) {
        return version >= 1 && version <= CURRENT_VERSION;
    }

    /** The answers that block when the condition holds. */
    public Set<ChecklistAnswer> failingAnswers() {
        return failing;
    }

    public boolean blocks(ChecklistAnswer answer, ToolSnapshot tool, AssessmentContext context) {
        return blocks(answer, tool, context, CURRENT_VERSION);
    }

    public boolean blocks(ChecklistAnswer answer, ToolSnapshot tool, AssessmentContext context, int version) {
        return failing.contains(answer) && condition(version).holds(tool, context);
    }
}
