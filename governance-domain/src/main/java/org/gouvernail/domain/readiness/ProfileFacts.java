package org.gouvernail.domain.readiness;

import org.gouvernail.domain.shared.Check;

/**
 * Value: what the profile is proposed from: staff and volunteer counts, whether the association works
 * directly with beneficiaries, whether some of them are vulnerable (minors, people in precarity, patients),
 * in how many countries it works, and whether it is a federation of associations.
 */
public record ProfileFacts(
        int staff,
        int volunteers,
        boolean beneficiaryFacing,
        boolean vulnerableGroups,
        int countries,
        boolean federation) {

    public static final int MAX_PEOPLE = 1_000_000;
    public static final int MAX_COUNTRIES = 200;

    public ProfileFacts {
        Check.range("staff", staff, 0, MAX_PEOPLE);
        Check.range("volunteers", volunteers, 0, MAX_PEOPLE);
        Check.range("countries", countries, 1, MAX_COUNTRIES);
    }
}
