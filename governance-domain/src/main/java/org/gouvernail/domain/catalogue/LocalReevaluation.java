package org.gouvernail.domain.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.inventory.assessment.AssessmentLevel;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Policy: re-evaluates a catalogue entry against the adopting member's own data categories. The
 * federation's assessment covers data up to its ceiling only; a member using data above it (assessed
 * up to INTERNAL, used with PERSONAL data) gets a blocking finding, as would a failed item of its own
 * vendor checklist.
 */
public final class LocalReevaluation {

    private LocalReevaluation() {}

    public static List<AdoptionFinding> evaluate(EntryContent entry, Set<DataCategory> memberCategories) {
        if (memberCategories == null || memberCategories.isEmpty()) {
            throw new InvalidInput(
                    "dataCategories", "required", "the adopting organisation declares its own data categories");
        }
        DataCategory ceiling = entry.dataCeiling();
        List<AdoptionFinding> findings = new ArrayList<>();
        memberCategories.stream()
                .filter(category -> category.compareTo(ceiling) > 0)
                .sorted(Comparator.naturalOrder())
                .forEach(category -> findings.add(
                        new AdoptionFinding(AdoptionFinding.Code.DATA_ABOVE_CEILING, true, category, ceiling)));
        if (entry.assessmentLevel() == AssessmentLevel.BLOCKED) {
            findings.add(new AdoptionFinding(AdoptionFinding.Code.ASSESSMENT_BLOCKED, true, null, ceiling));
        }
        if (entry.recommendation() == Recommendation.NOT_RECOMMENDED) {
            findings.add(new AdoptionFinding(AdoptionFinding.Code.NOT_RECOMMENDED, false, null, ceiling));
        } else if (entry.recommendation() == Recommendation.ALLOWED_WITH_CONDITIONS) {
            findings.add(new AdoptionFinding(AdoptionFinding.Code.CONDITIONS_APPLY, false, null, ceiling));
        }
        return List.copyOf(findings);
    }

    public static boolean blocks(List<AdoptionFinding> findings) {
        return findings.stream().anyMatch(AdoptionFinding::blocking);
    }
}
