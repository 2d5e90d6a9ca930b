package org.gouvernail.domain.organisation;

import org.gouvernail.domain.shared.Check;

/** How many people the organisation counts: it weighs the advice (committee size, training plan). */
public record OrganisationSize(Integer staff, Integer volunteers) {

    public static final int MAX_PEOPLE = 1_000_000;

    public OrganisationSize {
        Check.range("size.staff", staff, 0, MAX_PEOPLE);
        Check.range("size.volunteers", volunteers, 0, MAX_PEOPLE);
    }

    public static OrganisationSize unknown() {
        return new OrganisationSize(null, null);
    }
}
