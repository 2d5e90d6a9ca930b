package org.gouvernail.domain.organisation;

import org.gouvernail.domain.shared.RuleViolation;

/**
 * Policy: an organisation always keeps at least one active administrator who has signed in
 * ({@link Membership#isActiveAdmin}), or nobody could manage its members any more. The count must
 * be taken under the organisation's lock for membership changes, or two administrators stepping
 * down at once would each see the other still in place.
 */
public final class AdminContinuity {

    private AdminContinuity() {}

    /**
     * @param before the membership as it is
     * @param after the membership as the change would leave it
     * @param activeAdmins how many active, signed-in administrators the organisation has now
     */
    public static void check(Membership before, Membership after, long activeAdmins) {
        if (before.isActiveAdmin() && !after.isActiveAdmin() && activeAdmins <= 1) {
            throw new RuleViolation("last-admin", "the last administrator cannot be removed or demoted");
        }
    }
}
