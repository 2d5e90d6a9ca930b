package org.gouvernail.domain.inventory.assessment;

import java.util.EnumSet;
import java.util.Set;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.shared.DataCategory;

/**
 * Policy: when a failed checklist item must block the tool's approval (the "blocking when" column
 * of the association's vendor checklist), decided from the tool's data categories and hosting
 * region at the assessment's creation, and from the facts of context the assessor states.
 */
public enum BlockingCondition {
    /** The tool touches PERSONAL data or above. */
    PERSONAL_DATA,
    /** The tool touches SENSITIVE or BENEFICIARY_VULNERABLE data. */
    SENSITIVE_DATA,
    /**
     * Personal data leaves the EU: stated by the assessor, or implied by a tool touching PERSONAL
     * data or above and hosted in the United States or another country outside the EU.
     */
    PERSONAL_DATA_LEAVES_EU,
    /** Health data under the French health-data hosting rules (HDS) go through the tool. */
    HEALTH_DATA,
    /** The tool serves a high-risk use case of the AI Act. */
    HIGH_RISK_USE_CASE,
    /** A connector or plug-in of the tool (mail, drive, CRM) touches personal data. */
    CONNECTORS_TOUCH_PERSONAL_DATA,
    /** A critical process of the association depends on the tool. */
    CRITICAL_PROCESS,
    /** The item never blocks on its own; it only weighs in the score. */
    NEVER;

    private static final Set<HostingRegion> OUTSIDE_EU =
            EnumSet.of(HostingRegion.UNITED_STATES, HostingRegion.OTHER_OUTSIDE_EU);

    public boolean holds(ToolSnapshot tool, AssessmentContext context) {
        return switch (this) {
            case PERSONAL_DATA -> tool.highestDataCategory().atLeast(DataCategory.PERSONAL);
            case SENSITIVE_DATA -> tool.highestDataCategory().atLeast(DataCategory.SENSITIVE);
            case PERSONAL_DATA_LEAVES_EU ->
                context.personalDataLeavesEu()
                        || (tool.highestDataCategory().atLeast(DataCategory.PERSONAL)
                                && OUTSIDE_EU.contains(tool.hostingRegion()));
            case HEALTH_DATA -> context.healthData();
            case HIGH_RISK_USE_CASE -> context.highRiskUseCase();
            case CONNECTORS_TOUCH_PERSONAL_DATA -> context.connectorsTouchPersonalData();
            case CRITICAL_PROCESS -> context.criticalProcess();
            case NEVER -> false;
        };
    }
}
