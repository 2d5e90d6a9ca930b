package org.gouvernail.domain.readiness;

import java.util.ArrayList;
import java.util.List;

/**
 * Policy: the governance profile proposed from the facts, by explicit rules read top to bottom, the
 * first that holds deciding, with the rule named as the reason:
 * <ol>
 *   <li>a federation of associations → FEDERATION (rule {@code federation});
 *   <li>{@value #INTERNATIONAL_COUNTRIES} countries or more, or {@value #LARGE_STAFF} staff or more → LARGE_INTERNATIONAL
 *       ({@code international} or {@code large-staff});
 *   <li>{@value #MID_STAFF} staff or more, or {@value #MID_VOLUNTEERS} volunteers or more → MID_SIZE
 *       ({@code mid-staff} or {@code many-volunteers});
 *   <li>working directly with vulnerable beneficiaries with {@value #MID_VULNERABLE_PEOPLE} people or more → MID_SIZE
 *       ({@code vulnerable-beneficiaries}): the stakes call for a committee, not only a referent;
 *   <li>otherwise SMALL_LOCAL ({@code small}).
 * </ol>
 */
public record ProfileProposal(GovernanceProfile profile, List<String> reasons) {

    public static final int INTERNATIONAL_COUNTRIES = 2;
    public static final int LARGE_STAFF = 250;
    public static final int MID_STAFF = 10;
    public static final int MID_VOLUNTEERS = 50;
    public static final int MID_VULNERABLE_PEOPLE = 10;

    public ProfileProposal {
        reasons = List.copyOf(reasons);
    }

    public static ProfileProposal of(ProfileFacts facts) {
        if (facts.federation()) {
            return new ProfileProposal(GovernanceProfile.FEDERATION, List.of("federation"));
        }
        List<String> large = new ArrayList<>();
        if (facts.countries() >= INTERNATIONAL_COUNTRIES) {
            large.add("international");
        }
        if (facts.staff() >= LARGE_STAFF) {
            large.add("large-staff");
        }
        if (!large.isEmpty()) {
            return new ProfileProposal(GovernanceProfile.LARGE_INTERNATIONAL, large);
        }
        List<String> mid = new ArrayList<>();
        if (facts.staff() >= MID_STAFF) {
            mid.add("mid-staff");
        }
        if (facts.volunteers() >= MID_VOLUNTEERS) {
            mid.add("many-volunteers");
        }
        if (facts.beneficiaryFacing()
                && facts.vulnerableGroups()
                && facts.staff() + facts.volunteers() >= MID_VULNERABLE_PEOPLE) {
            mid.add("vulnerable-beneficiaries");
        }
        if (!mid.isEmpty()) {
            return new ProfileProposal(GovernanceProfile.MID_SIZE, mid);
        }
        return new ProfileProposal(GovernanceProfile.SMALL_LOCAL, List.of("small"));
    }
}
