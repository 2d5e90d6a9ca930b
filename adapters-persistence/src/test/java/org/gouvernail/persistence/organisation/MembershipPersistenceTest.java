package org.gouvernail.persistence.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberDetails;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.OrganisationProfile;
import org.gouvernail.domain.organisation.OrganisationSize;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.persistence.support.MariaDbTestResource;
import org.junit.jupiter.api.Test;

/**
 * Memberships against a real MariaDB (11.4 embedded, 10.11 in CI): e-mails and subjects compare
 * exactly, one live membership per e-mail, the administrators that count.
 */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class MembershipPersistenceTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    private OrganisationId organisation() {
        OrganisationId id = new OrganisationId(UUID.randomUUID());
        String slug = "members-" + id.value().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            organisations.add(Organisation.register(
                    id,
                    OrganisationKind.ASSOCIATION,
                    new OrganisationProfile("Asbl " + slug, slug, "BE", new OrganisationSize(3, 20), "fr"),
                    NOW));
            memberships.add(Membership.founder(
                    new MemberId(UUID.randomUUID()),
                    id,
                    new Caller("founder-" + slug, slug + "@example.org", true, "Fondatrice", true),
                    NOW));
        });
        return id;
    }

    private Membership invite(OrganisationId organisation, String email, Role... roles) {
        Membership invited = Membership.invite(
                new MemberId(UUID.randomUUID()),
                organisation,
                new MemberDetails(email, "Quelqu'un", PersonType.STAFF, Set.of(roles)),
                NOW);
        QuarkusTransaction.requiringNew().run(() -> memberships.add(invited));
        return invited;
    }

    @Test
    void anInvitationIsFoundOnlyByItsExactAddressNotByOneDifferingInAccents() {
        OrganisationId organisation = organisation();
        invite(organisation, "érin@example.org", Role.ADMIN);

        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> memberships.findInvited(organisation, "erin@example.org")))
                .isEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> memberships.emailInUse(organisation, "erin@example.org")))
                .isFalse();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> memberships.ofPerson("sub-erin", Optional.of("erin@example.org"))))
                .isEmpty();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> memberships.findInvited(organisation, "érin@example.org")))
                .isPresent();
    }

    @Test
    void addressesDifferingInAccentsBelongToTwoMembers() {
        OrganisationId organisation = organisation();
        invite(organisation, "érin@example.org", Role.VIEWER);
        invite(organisation, "erin@example.org", Role.VIEWER);

        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> memberships.emailInUse(organisation, "erin@example.org")))
                .isTrue();
    }

    @Test
    void theDatabaseRefusesASecondLiveMembershipWithTheSameAddressAsMemberExists() {
        OrganisationId organisation = organisation();
        invite(organisation, "zoe@example.org", Role.CONTRIBUTOR);

        assertThatThrownBy(() -> invite(organisation, "zoe@example.org", Role.ADMIN))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("member-exists");
    }

    @Test
    void aRevokedPersonMayBeInvitedAgainButOnlyOnce() {
        OrganisationId organisation = organisation();
        Membership first = invite(organisation, "yann@example.org", Role.CONTRIBUTOR);
        QuarkusTransaction.requiringNew().run(() -> memberships.update(first.revoke()));

        invite(organisation, "yann@example.org", Role.CONTRIBUTOR);
        assertThatThrownBy(() -> invite(organisation, "yann@example.org", Role.CONTRIBUTOR))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("member-exists");
    }

    @Test
    void changingAnInvitationToAnAddressInUseIsMemberExists() {
        OrganisationId organisation = organisation();
        invite(organisation, "xavier@example.org", Role.CONTRIBUTOR);
        Membership other = invite(organisation, "xavi@example.org", Role.CONTRIBUTOR);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> memberships.update(other.withDetails(
                                new MemberDetails("xavier@example.org", "X", PersonType.STAFF, Set.of(Role.VIEWER))))))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("member-exists");
    }

    @Test
    void subjectsCompareExactly() {
        OrganisationId organisation = organisation();
        Membership invited = invite(organisation, "walter@example.org", Role.CONTRIBUTOR);
        QuarkusTransaction.requiringNew()
                .run(() -> memberships.update(
                        invited.acceptInvitation(new Caller("AbC-walter", "walter@example.org", true, "W", false))));

        assertThat(QuarkusTransaction.requiringNew().call(() -> memberships.findActive(organisation, "AbC-walter")))
                .isPresent();
        assertThat(QuarkusTransaction.requiringNew().call(() -> memberships.findActive(organisation, "abc-walter")))
                .isEmpty();
    }

    @Test
    void onlySignedInActiveAdministratorsCount() {
        OrganisationId organisation = organisation();
        invite(organisation, "invitee@example.org", Role.ADMIN);
        // a row as the rule admin-needs-email no longer lets one be written: ACTIVE, ADMIN, no account
        QuarkusTransaction.requiringNew()
                .run(() -> memberships.add(new Membership(
                        new MemberId(UUID.randomUUID()),
                        organisation,
                        null,
                        new MemberDetails(null, "Bénévole", PersonType.VOLUNTEER, Set.of(Role.ADMIN)),
                        MembershipStatus.ACTIVE,
                        0,
                        NOW)));

        assertThat(QuarkusTransaction.requiringNew().call(() -> memberships.countActiveAdmins(organisation)))
                .isEqualTo(1);
    }
}
