package org.gouvernail.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.organisation.Members.ALICE;
import static org.gouvernail.domain.organisation.Members.ORGANISATION;

import java.util.Set;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class MembershipTest {

    @Test
    void aPersonInvitedWithAnEmailIsInvitedUntilTheySignIn() {
        Membership invited = Members.invited("bob@example.org", Role.CONTRIBUTOR);

        assertThat(invited.status()).isEqualTo(MembershipStatus.INVITED);
        assertThat(invited.subject()).isNull();
        assertThat(invited.version()).isZero();
        assertThat(invited.isActive()).isFalse();
    }

    @Test
    void aVolunteerListedWithoutAnEmailIsActiveAtOnceAndNeverSignsIn() {
        Membership listed = Members.invited(null, Role.VIEWER);

        assertThat(listed.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(listed.subject()).isNull();
    }

    @Test
    void acceptingTheInvitationBindsTheSubjectAndActivates() {
        Membership accepted =
                Members.invited("alice@example.org", Role.CONTRIBUTOR).acceptInvitation(ALICE);

        assertThat(accepted.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(accepted.subject()).isEqualTo("sub-alice");
        assertThat(accepted.details().email()).isEqualTo("alice@example.org");
    }

    @Test
    void anInvitationCannotBeAcceptedTwice() {
        Membership accepted =
                Members.invited("alice@example.org", Role.CONTRIBUTOR).acceptInvitation(ALICE);

        assertThatThrownBy(() -> accepted.acceptInvitation(ALICE))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("invitation-not-pending");
    }

    @Test
    void aRevokedInvitationCannotBeAccepted() {
        Membership revoked =
                Members.invited("alice@example.org", Role.CONTRIBUTOR).revoke();

        assertThatThrownBy(() -> revoked.acceptInvitation(ALICE))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("invitation-not-pending");
    }

    @Test
    void theFounderIsAnActiveStaffAdministratorBoundToTheirSubject() {
        Membership founder = Membership.founder(Members.newId(), ORGANISATION, ALICE, Members.NOW);

        assertThat(founder.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(founder.subject()).isEqualTo("sub-alice");
        assertThat(founder.details().roles()).containsExactly(Role.ADMIN);
        assertThat(founder.details().personType()).isEqualTo(PersonType.STAFF);
        assertThat(founder.details().displayName()).isEqualTo("Alice");
        assertThat(founder.isActiveAdmin()).isTrue();
    }

    @Test
    void theEmailOfAMemberWhoSignedInCannotChange() {
        Membership signedIn =
                Members.invited("alice@example.org", Role.CONTRIBUTOR).acceptInvitation(ALICE);

        assertThatThrownBy(() -> signedIn.withDetails(Members.details("alice@elsewhere.org", Role.CONTRIBUTOR)))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("email-bound");
    }

    @Test
    void theOtherDetailsOfAMemberWhoSignedInMayChange() {
        Membership signedIn =
                Members.invited("alice@example.org", Role.CONTRIBUTOR).acceptInvitation(ALICE);

        Membership changed =
                signedIn.withDetails(Members.details("alice@example.org", Role.COMMITTEE, Role.DATA_REFERENT));

        assertThat(changed.details().roles()).containsExactlyInAnyOrder(Role.COMMITTEE, Role.DATA_REFERENT);
        assertThat(changed.subject()).isEqualTo("sub-alice");
    }

    @Test
    void theEmailOfAPendingInvitationMayBeCorrected() {
        Membership invited = Members.invited("alise@example.org", Role.CONTRIBUTOR);

        assertThat(invited.withDetails(Members.details("alice@example.org", Role.CONTRIBUTOR))
                        .details()
                        .email())
                .isEqualTo("alice@example.org");
    }

    @Test
    void aRevokedMemberCannotBeChanged() {
        Membership revoked = Members.active(Role.CONTRIBUTOR).revoke();

        assertThatThrownBy(() -> revoked.withDetails(revoked.details()))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("member-revoked");
    }

    @Test
    void revokingUnbindsTheAccountButKeepsTheRecord() {
        Membership active = Members.active(Role.CONTRIBUTOR);

        Membership revoked = active.revoke();

        assertThat(revoked.status()).isEqualTo(MembershipStatus.REVOKED);
        assertThat(revoked.subject()).isNull();
        assertThat(revoked.details()).isEqualTo(active.details());
    }

    @Test
    void aMemberCannotBeRevokedTwice() {
        Membership revoked = Members.active(Role.CONTRIBUTOR).revoke();

        assertThatThrownBy(revoked::revoke)
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("member-revoked");
    }

    @Test
    void onlyAnActiveMemberHoldsTheirRoles() {
        Membership invited = Members.invited("bob@example.org", Role.ADMIN);
        Membership active = invited.acceptInvitation(new Caller("sub-bob", "bob@example.org", true, "Bob", false));

        assertThat(invited.holdsAny(Role.ADMINS)).isFalse();
        assertThat(invited.isActiveAdmin()).isFalse();
        assertThat(active.holdsAny(Role.ADMINS)).isTrue();
        assertThat(active.isActiveAdmin()).isTrue();
        assertThat(active.revoke().holdsAny(Set.of(Role.ADMIN))).isFalse();
    }

    @Test
    void aMemberWhoCanNeverSignInCannotBeListedAsAdministrator() {
        assertThatThrownBy(() -> Members.invited(null, Role.ADMIN, Role.COMMITTEE))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("admin-needs-email");
    }

    @Test
    void aVolunteerWithoutAnEmailCannotBeMadeAdministrator() {
        Membership volunteer = Members.invited(null, Role.CONTRIBUTOR);

        assertThatThrownBy(() -> volunteer.withDetails(Members.details(null, Role.ADMIN)))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("admin-needs-email");
    }

    @Test
    void anInvitedAdministratorKeepsTheEmailTheyWillSignInWith() {
        Membership invited = Members.invited("dora@example.org", Role.ADMIN);

        assertThatThrownBy(() -> invited.withDetails(Members.details(null, Role.ADMIN)))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("admin-needs-email");
    }

    @Test
    void aSignedInAdministratorNeedsNoEmail() {
        Membership founder = Membership.founder(
                Members.newId(), ORGANISATION, new Caller("sub-noemail", null, false, "Sans", true), Members.NOW);

        assertThat(founder.isActiveAdmin()).isTrue();
        assertThat(founder.withDetails(Members.details(null, Role.ADMIN, Role.COMMITTEE))
                        .isActiveAdmin())
                .isTrue();
    }

    @Test
    void anAdministratorStoredWithoutAccountIsNoActiveAdministrator() {
        // as rows written before ADMIN needed an account may still be
        Membership listed = new Membership(
                Members.newId(),
                ORGANISATION,
                null,
                Members.details(null, Role.ADMIN),
                MembershipStatus.ACTIVE,
                0,
                Members.NOW);

        assertThat(listed.isActiveAdmin()).isFalse();
    }

    @Test
    void aViewerIsNoContributor() {
        assertThat(Members.active(Role.VIEWER).holdsAny(Role.CONTRIBUTORS)).isFalse();
        assertThat(Members.active(Role.VIEWER).holdsAny(Role.AUDIT_READERS)).isTrue();
    }
}
