package org.gouvernail.domain.usecase;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * The DPIA screening questionnaire of one use case: the art. 35(3) cases, the WP248 criteria, the
 * items of the national list (art. 35(4)) of the organisation's supervisory authority, and whether
 * the organisation has designated a DPO (art. 37; null: not answered, as in screenings of version 1).
 * {@code country} is the organisation's country when the screening was answered (null in
 * screenings of version 1): it picks the list.
 */
public record DpiaAnswers(
        Set<Article35Case> requiredCases,
        Set<DpiaCriterion> criteria,
        Set<DpiaListItem> listItems,
        DpoStatus dpo,
        String country) {

    public DpiaAnswers {
        requiredCases = requiredCases == null || requiredCases.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(requiredCases));
        criteria = criteria == null || criteria.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(criteria));
        listItems = listItems == null || listItems.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(listItems));
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    /** A screening of version 1: the art. 35(3) cases and the WP248 criteria only. */
    public DpiaAnswers(Set<Article35Case> requiredCases, Set<DpiaCriterion> criteria) {
        this(requiredCases, criteria, Set.of(), null, null);
    }

    /**
     * These answers, given by an organisation of {@code organisationCountry}: an item of another
     * country's list is refused (the controller's own authority's list applies, art. 35(4)).
     */
    public DpiaAnswers in(String organisationCountry) {
        DpiaAnswers located = new DpiaAnswers(requiredCases, criteria, listItems, dpo, organisationCountry);
        for (DpiaListItem item : listItems) {
            if (!item.country().equals(located.country)) {
                throw new InvalidInput(
                        "listItems",
                        "dpia-list-item-of-another-country",
                        item + " is an item of the list of another country than " + located.country,
                        "listItems",
                        item.name(),
                        located.country);
            }
        }
        return located;
    }

    public DpiaScreening screen() {
        return DpiaScreening.of(this);
    }
}
