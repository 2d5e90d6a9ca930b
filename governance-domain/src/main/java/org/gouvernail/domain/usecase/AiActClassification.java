package org.gouvernail.domain.usecase;

import java.util.ArrayList;
import java.util.List;

/**
 * Policy: the AI Act tier of a use case from its questionnaire, with the reasons. In order:
 * any art. 5 practice → PROHIBITED; any Annex III area → HIGH_RISK, unless an art. 6(3) exception
 * is claimed and the use does not profile natural persons (profiling keeps it high-risk, and the
 * exception must be documented, art. 6(4)); then any art. 50 duty → TRANSPARENCY; else MINIMAL.
 */
public record AiActClassification(RiskTier tier, List<Reason> reasons) {

    public static final String AI_LITERACY = "AI Act art. 4";

    public AiActClassification {
        reasons = List.copyOf(reasons);
    }

    public static AiActClassification of(AiActAnswers answers) {
        List<Reason> reasons = new ArrayList<>();
        if (!answers.prohibitedPractices().isEmpty()) {
            for (ProhibitedPractice practice : answers.prohibitedPractices()) {
                reasons.add(new Reason("prohibited." + practice.name(), practice.reference()));
            }
            return new AiActClassification(RiskTier.PROHIBITED, reasons);
        }
        if (!answers.annexIiiAreas().isEmpty()) {
            for (AnnexIIIArea area : answers.annexIiiAreas()) {
                reasons.add(new Reason("annex-iii." + area.name(), area.reference()));
            }
            boolean excepted = !answers.article63Exceptions().isEmpty();
            if (excepted && answers.profilesNaturalPersons()) {
                reasons.add(new Reason("profiling-keeps-high-risk", "AI Act art. 6(3), last subparagraph"));
            }
            if (!excepted || answers.profilesNaturalPersons()) {
                reasons.add(
                        answers.operatorRole() == OperatorRole.PROVIDER
                                ? new Reason("provider-duties", "AI Act art. 16, art. 43")
                                : new Reason("deployer-duties", "AI Act art. 26, art. 27"));
                return new AiActClassification(RiskTier.HIGH_RISK, reasons);
            }
            for (Article63Exception exception : answers.article63Exceptions()) {
                reasons.add(new Reason("exception." + exception.name(), exception.reference()));
            }
            reasons.add(new Reason("exception-documented", "AI Act art. 6(4)"));
        }
        List<Reason> duties = new ArrayList<>();
        for (TransparencyDuty duty : answers.transparencyDuties()) {
            if (duty == TransparencyDuty.PUBLIC_INTEREST_TEXT && answers.humanEditorialReview()) {
                reasons.add(new Reason("editorial-review", duty.reference()));
            } else {
                duties.add(new Reason("transparency." + duty.name(), duty.reference()));
            }
        }
        if (!duties.isEmpty()) {
            reasons.addAll(duties);
            return new AiActClassification(RiskTier.TRANSPARENCY, reasons);
        }
        reasons.add(new Reason("minimal", AI_LITERACY));
        return new AiActClassification(RiskTier.MINIMAL, reasons);
    }
}
