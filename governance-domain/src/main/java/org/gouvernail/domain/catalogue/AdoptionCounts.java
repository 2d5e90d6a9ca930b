package org.gouvernail.domain.catalogue;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Policy: how many organisations adopted each entry, as the federation may see it. An adopter counts
 * once per entry, and only if {@code disclosed} holds for it: an ACTIVE member of the entry's federation
 * (the dashboard's indicator catalogue has no catalogue-adoption indicator yet; once it has, the
 * predicate adds the member's consent to it). Entries nobody counted for are absent.
 */
public final class AdoptionCounts {

    private AdoptionCounts() {}

    public static Map<CatalogueEntryId, Long> count(
            Collection<CatalogueAdoption> adoptions, Predicate<OrganisationId> disclosed) {
        return adoptions.stream()
                .filter(adoption -> disclosed.test(adoption.organisationId()))
                .collect(Collectors.groupingBy(
                        CatalogueAdoption::entryId,
                        () -> new TreeMap<>(Comparator.comparing(CatalogueEntryId::value)),
                        Collectors.mapping(CatalogueAdoption::organisationId, Collectors.toSet())))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> (long) entry.getValue().size(),
                        (a, b) -> a,
                        () -> new TreeMap<>(Comparator.comparing(CatalogueEntryId::value))));
    }
}
