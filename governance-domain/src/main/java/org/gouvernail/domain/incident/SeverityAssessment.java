package org.gouvernail.domain.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gouvernail.domain.shared.DataCategory;

/**
 * Value: the severity computed from the facts, with the reasons that raised it (codes, in the order
 * applied). Rules: an incident starts LOW; personal data makes it at least MEDIUM; special
 * categories, or personal data of vulnerable people, at least HIGH; personal data of 100 people or
 * more at least HIGH; an AI Act high-risk system at least HIGH; actual harm to rights at least
 * MEDIUM; actual, irreversible harm to vulnerable people or to health CRITICAL. A near miss is capped
 * at MEDIUM: nothing happened, it is a lesson.
 */
public record SeverityAssessment(Severity severity, List<String> reasons) {

    public SeverityAssessment {
        Objects.requireNonNull(severity, "severity");
        reasons = List.copyOf(reasons);
    }

    public static SeverityAssessment of(IncidentFacts facts) {
        Severity severity = Severity.LOW;
        List<String> reasons = new ArrayList<>();
        if (facts.personalData()) {
            severity = raise(severity, Severity.MEDIUM, "personal-data", reasons);
        }
        if (facts.sensitiveData() || (facts.personalData() && facts.vulnerablePeople())) {
            severity = raise(severity, Severity.HIGH, "sensitive-or-vulnerable-data", reasons);
        }
        if (facts.dataCategories().contains(DataCategory.BENEFICIARY_VULNERABLE)
                && !reasons.contains("sensitive-or-vulnerable-data")) {
            severity = raise(severity, Severity.HIGH, "sensitive-or-vulnerable-data", reasons);
        }
        if (facts.personalData() && facts.peopleCount() != null && facts.peopleCount() >= 100) {
            severity = raise(severity, Severity.HIGH, "many-people", reasons);
        }
        if (facts.highRiskSystem()) {
            severity = raise(severity, Severity.HIGH, "high-risk-system", reasons);
        }
        if (facts.harmActual()
                && (facts.harms().contains(HarmType.DISCRIMINATION)
                        || facts.harms().contains(HarmType.RIGHTS_OF_BENEFICIARIES))) {
            severity = raise(severity, Severity.MEDIUM, "harm-to-rights", reasons);
        }
        if (facts.harmActual()
                && !facts.harmReversible()
                && (facts.vulnerablePeople() || facts.harms().contains(HarmType.PHYSICAL_OR_HEALTH))) {
            severity = raise(severity, Severity.CRITICAL, "irreversible-harm", reasons);
        }
        if (facts.kind() == IncidentKind.NEAR_MISS && severity.compareTo(Severity.MEDIUM) > 0) {
            severity = Severity.MEDIUM;
            reasons.add("near-miss-capped");
        }
        return new SeverityAssessment(severity, reasons);
    }

    private static Severity raise(Severity current, Severity floor, String reason, List<String> reasons) {
        if (current.compareTo(floor) < 0) {
            reasons.add(reason);
            return floor;
        }
        return current;
    }
}
