package org.gouvernail.domain.inventory.assessment;

/**
 * The facts of context that the tool record does not hold and some blocking rules need, stated
 * by the assessor (all false unless said otherwise).
 *
 * @param healthData health data under the French health-data hosting rules (HDS) go through the tool (V10)
 * @param personalDataLeavesEu personal data is stored or processed outside the EU (V04); also implied by the
 *        tool's hosting region when it touches personal data
 * @param connectorsTouchPersonalData a connector or plug-in (mail, drive, CRM) touches personal data (V15)
 * @param criticalProcess a critical process of the association depends on the tool (V16)
 * @param highRiskUseCase the tool serves a high-risk use case of the AI Act (V14)
 */
public record AssessmentContext(
        boolean healthData,
        boolean personalDataLeavesEu,
        boolean connectorsTouchPersonalData,
        boolean criticalProcess,
        boolean highRiskUseCase) {

    public static AssessmentContext none() {
        return new AssessmentContext(false, false, false, false, false);
    }
}
