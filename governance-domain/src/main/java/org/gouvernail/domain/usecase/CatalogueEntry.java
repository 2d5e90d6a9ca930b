package org.gouvernail.domain.usecase;

import java.util.Objects;
import java.util.Set;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.Localized;

/**
 * One entry of the starter catalogue: a typical use in associations, with suggested sub-criteria
 * and, for a trap, the warning that explains why it is one.
 */
public record CatalogueEntry(
        String id,
        Localized title,
        Localized description,
        Localized expectedBenefit,
        Localized humanOversight,
        Localized warning,
        Set<DataCategory> dataCategories,
        PeopleAffected peopleAffected,
        ImpactCriteria impact,
        ComplexityCriteria complexity) {

    public CatalogueEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(expectedBenefit, "expectedBenefit");
        Objects.requireNonNull(humanOversight, "humanOversight");
        dataCategories = Set.copyOf(dataCategories);
        Objects.requireNonNull(peopleAffected, "peopleAffected");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(complexity, "complexity");
    }

    public Quadrant quadrant() {
        return Quadrant.of(impact.score(), complexity.score());
    }

    /** A trap: an entry that looks attractive but the association should avoid, or not do this way. */
    public boolean trap() {
        return warning != null;
    }
}
