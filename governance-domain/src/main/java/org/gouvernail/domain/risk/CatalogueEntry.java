package org.gouvernail.domain.risk;

import java.util.List;
import java.util.Objects;
import org.gouvernail.domain.shared.Localized;

/** One typical risk of the starter catalogue, with a suggested rating and suggested mitigation actions. */
public record CatalogueEntry(
        String id,
        RiskCategory category,
        Rating suggestedRating,
        Localized title,
        Localized description,
        List<Localized> suggestedActions,
        String source) {

    public CatalogueEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(suggestedRating, "suggestedRating");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        suggestedActions = List.copyOf(suggestedActions);
    }
}
