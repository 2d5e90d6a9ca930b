package org.gouvernail.domain.organisation;

import org.gouvernail.domain.shared.RuleViolation;

/**
 * Policy: an organisation always keeps at least one active administrator, or nobody could manage
 * its members any more.
 */
public final class AdminContinuity {

    private AdminContinuity() {
    }

    /**
     * @param before the membership as it is
     * @param after the membership as the change would leave it
     * @param activeAdmins how many active administrators the organisation has now
     */
    public static void check(Membership before, Membership after, long activeAdmins) {
        if (before.isActiveAdmin() && !after.isActiveAdmin() && activeAdmins <= 1) {
            throw new RuleViolation("last-admin", "the last administrator cannot be removed or demoted");
        }
    }
}
