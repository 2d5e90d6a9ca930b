package org.gouvernail.domain.usecase;

import java.util.Optional;
import java.util.Set;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.DataCategory;

/**
 * Command: a use case to create, either from scratch or from a catalogue entry. With a catalogue
 * entry, every field left null takes the entry's value in the organisation's locale; the fields
 * given override it. Without an owner, the creator owns the use case.
 */
public record NewUseCase(
        Optional<String> fromCatalogue,
        String title,
        String description,
        String team,
        Set<ToolId> toolIds,
        Set<DataCategory> dataCategories,
        PeopleAffected peopleAffected,
        String expectedBenefit,
        MemberId owner,
        String humanOversight,
        ImpactCriteria impact,
        ComplexityCriteria complexity) {

    public NewUseCase {
        fromCatalogue = fromCatalogue == null
                ? Optional.empty()
                : fromCatalogue.filter(id -> !id.isBlank()).map(String::strip);
    }

    /** The details of the new use case, the catalogue entry's (in this locale) filling the gaps. */
    public UseCaseDetails details(Optional<CatalogueEntry> entry, String locale, MemberId creator) {
        CatalogueEntry base = entry.orElse(null);
        return new UseCaseDetails(
                title != null || base == null ? title : base.title().in(locale),
                description != null || base == null
                        ? description
                        : base.description().in(locale),
                team,
                toolIds,
                dataCategories != null || base == null ? dataCategories : base.dataCategories(),
                peopleAffected != null || base == null ? peopleAffected : base.peopleAffected(),
                expectedBenefit != null || base == null
                        ? expectedBenefit
                        : base.expectedBenefit().in(locale),
                owner != null ? owner : creator,
                humanOversight != null || base == null
                        ? humanOversight
                        : base.humanOversight().in(locale),
                impact != null || base == null ? impact : base.impact(),
                complexity != null || base == null ? complexity : base.complexity());
    }
}
