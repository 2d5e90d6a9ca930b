package org.gouvernail.domain.organisation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminContinuityTest {

    private static Membership demoted(Membership admin, Role role) {
        return admin.withDetails(Members.details(admin.details().email(), role));
    }

    @Test
    void theLastAdministratorCannotBeDemoted() {
        Membership admin = Members.active(Role.ADMIN);

        assertThatThrownBy(() -> AdminContinuity.check(admin, demoted(admin, Role.COMMITTEE), 1))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("last-admin");
    }

    @Test
    void theLastAdministratorCannotBeRevoked() {
        Membership admin = Members.active(Role.ADMIN);

        assertThatThrownBy(() -> AdminContinuity.check(admin, admin.revoke(), 1))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("last-admin");
    }

    @ParameterizedTest
    @ValueSource(longs = {2, 3, 10})
    void anAdministratorCanBeDemotedOrRevokedWhileAnotherActiveAdministratorRemains(long activeAdmins) {
        Membership admin = Members.active(Role.ADMIN);

        assertThatCode(() -> AdminContinuity.check(admin, demoted(admin, Role.VIEWER), activeAdmins))
                .doesNotThrowAnyException();
        assertThatCode(() -> AdminContinuity.check(admin, admin.revoke(), activeAdmins))
                .doesNotThrowAnyException();
    }

    @Test
    void theLastAdministratorMayTakeMoreRolesAndStayAdministrator() {
        Membership admin = Members.active(Role.ADMIN);
        Membership more = admin.withDetails(Members.details(admin.details().email(), Role.ADMIN, Role.COMMITTEE));

        assertThatCode(() -> AdminContinuity.check(admin, more, 1)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void changesToAMemberWhoIsNoAdministratorAlwaysPass(Role role) {
        Membership member = Members.active(role);

        assertThatCode(() -> AdminContinuity.check(member, member.revoke(), 0)).doesNotThrowAnyException();
        assertThatCode(() -> AdminContinuity.check(member, demoted(member, Role.VIEWER), 0))
                .doesNotThrowAnyException();
        assertThatCode(() -> AdminContinuity.check(member, demoted(member, Role.ADMIN), 0))
                .doesNotThrowAnyException();
    }

    @Test
    void anAdministratorStoredWithoutAccountCanAlwaysBeRemovedForItNeverCounted() {
        Membership listed = new Membership(
                Members.newId(),
                Members.ORGANISATION,
                null,
                Members.details(null, Role.ADMIN),
                MembershipStatus.ACTIVE,
                0,
                Members.NOW);

        assertThatCode(() -> AdminContinuity.check(listed, listed.revoke(), 0)).doesNotThrowAnyException();
    }

    @Test
    void anInvitedAdministratorWhoNeverSignedInCanBeRevoked() {
        Membership invited = Members.invited("carol@example.org", Role.ADMIN);

        assertThatCode(() -> AdminContinuity.check(invited, invited.revoke(), 1))
                .doesNotThrowAnyException();
    }
}
