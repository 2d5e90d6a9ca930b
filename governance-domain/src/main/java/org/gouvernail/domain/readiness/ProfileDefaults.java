package org.gouvernail.domain.readiness;

import java.util.Arrays;
import java.util.List;

/**
 * Value: what a governance profile sets by default: the committee's size and whether it may decide by
 * written procedure, the review cadence (months), how long a training counts (months), the starter
 * policy template and the practices recommended.
 */
public record ProfileDefaults(
        GovernanceProfile profile,
        int committeeMin,
        int committeeMax,
        boolean writtenProcedure,
        int reviewCadenceMonths,
        int trainingValidityMonths,
        String policyTemplate,
        List<Practice> practices) {

    public ProfileDefaults {
        practices = List.copyOf(practices);
    }

    public static ProfileDefaults of(GovernanceProfile profile) {
        List<Practice> practices = Arrays.stream(Practice.values())
                .filter(practice -> practice.recommendedFor(profile))
                .toList();
        return switch (profile) {
            case SMALL_LOCAL -> new ProfileDefaults(profile, 1, 3, true, 12, 36, "small-local-association", practices);
            case MID_SIZE -> new ProfileDefaults(profile, 3, 5, true, 12, 24, "mid-size-association", practices);
            case LARGE_INTERNATIONAL ->
                new ProfileDefaults(profile, 5, 9, false, 6, 12, "international-ngo", practices);
            case FEDERATION -> new ProfileDefaults(profile, 3, 7, true, 12, 24, "mid-size-association", practices);
        };
    }
}
