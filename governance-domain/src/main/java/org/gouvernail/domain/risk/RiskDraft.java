package org.gouvernail.domain.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Command: a risk someone raises, possibly starting from a catalogue entry. Every field left
 * empty is taken from the entry (in the organisation's language); every field given overrides it.
 */
public record RiskDraft(
        String fromCatalogue,
        String title,
        String description,
        RiskCategory category,
        Integer likelihood,
        Integer severity,
        Treatment treatment,
        Set<ToolId> toolIds,
        MemberId ownerId,
        LocalDate nextReviewDate,
        boolean withSuggestedActions) {

    /** The catalogue entry named by fromCatalogue; an unknown id is a field error. */
    public Optional<CatalogueEntry> entry() {
        if (fromCatalogue == null) {
            return Optional.empty();
        }
        return Optional.of(RiskCatalogue.find(fromCatalogue.strip())
                .orElseThrow(() -> new InvalidInput(
                        "fromCatalogue",
                        "unknown-entry",
                        "no catalogue entry " + fromCatalogue,
                        "fromCatalogue",
                        fromCatalogue)));
    }

    /** The details of the new risk: the draft's fields over the entry's, in the organisation's locale. */
    public RiskDetails details(String locale) {
        Optional<CatalogueEntry> entry = entry();
        return new RiskDetails(
                title != null ? title : entry.map(e -> e.title().in(locale)).orElse(null),
                description != null
                        ? description
                        : entry.map(e -> e.description().in(locale)).orElse(null),
                category != null
                        ? category
                        : entry.map(CatalogueEntry::category).orElse(null),
                likelihood != null
                        ? likelihood
                        : entry.map(e -> e.suggestedRating().likelihood()).orElse(null),
                severity != null
                        ? severity
                        : entry.map(e -> e.suggestedRating().severity()).orElse(null),
                null,
                null,
                treatment,
                toolIds,
                ownerId,
                nextReviewDate);
    }

    /** The titles of the actions to create with the risk: the entry's suggestions, when asked for. */
    public List<String> suggestedActions(String locale) {
        if (!withSuggestedActions) {
            return List.of();
        }
        return entry().map(e ->
                        e.suggestedActions().stream().map(a -> a.in(locale)).toList())
                .orElse(List.of());
    }
}
