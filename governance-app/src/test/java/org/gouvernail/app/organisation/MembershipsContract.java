package org.gouvernail.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMember;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.app.support.PortContract;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipBuilder;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract: what every implementation of the {@link org.gouvernail.domain.organisation.port.out.Memberships}
 * out-port does, the MariaDB adapter and the fake of the service tests alike: lookups inside one
 * organisation (but a person's own), versioned updates, keyset pages in id order, and one
 * membership per subject and organisation.
 */
public abstract class MembershipsContract extends PortContract {

    private OrganisationId other;

    /** Makes the store write what it holds, so that a broken unique key shows now (a no-op in memory). */
    protected void flush() {}

    @BeforeEach
    void forgetTheOtherOrganisation() {
        other = null;
    }

    /** A second organisation, made when first asked. */
    private OrganisationId other() {
        if (other == null) {
            other = anOrganisation();
        }
        return other;
    }

    private Membership added(MembershipBuilder membership) {
        Membership built = membership.createdAt(NOW).build();
        memberships().add(built);
        return built;
    }

    private MembershipBuilder aMembershipOf(OrganisationId in, UUID id) {
        return MembershipBuilder.aMembership()
                .withId(new MemberId(id))
                .of(in)
                .withSubject("sub-" + id)
                .withDetails(aMember().withEmail(id + "@example.org").build());
    }

    private MembershipBuilder anInvitationOf(OrganisationId in, String email, Role... roles) {
        return MembershipBuilder.aMembership()
                .withId(new MemberId(anyId()))
                .of(in)
                .withSubject(null)
                .in(MembershipStatus.INVITED)
                .withDetails(aMember()
                        .withEmail(email)
                        .withRoles(roles.length == 0 ? new Role[] {Role.CONTRIBUTOR} : roles)
                        .build());
    }

    @Test
    void aMembershipIsFoundAsItWasAddedInsideItsOrganisationOnly() {
        Membership membership = added(aMembershipOf(organisation(), anyId())
                .withDetails(aMember()
                        .withEmail("chloe@entraide.be")
                        .named("Chloé")
                        .as(PersonType.VOLUNTEER)
                        .withRoles(Role.COMMITTEE, Role.DATA_REFERENT)
                        .build()));

        assertThat(memberships().find(organisation(), membership.id())).contains(membership);
        assertThat(memberships().find(other(), membership.id())).isEmpty();
    }

    @Test
    void anUpdateChecksTheVersionReadAndIncrementsItInsideTheOrganisation() {
        Membership membership = added(aMembershipOf(organisation(), anyId()));

        Membership saved = memberships()
                .update(membership.withDetails(aMember()
                        .withEmail(membership.details().email())
                        .withRoles(Role.VIEWER)
                        .build()));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(memberships().find(organisation(), membership.id())).contains(saved);
        assertThatThrownBy(() -> memberships().update(membership)).isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> memberships()
                        .update(MembershipBuilder.from(saved).of(other()).build()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheVersion() {
        Membership membership = added(aMembershipOf(organisation(), anyId()));

        assertThat(memberships().update(membership)).isEqualTo(membership);
        assertThat(memberships()
                        .find(organisation(), membership.id())
                        .orElseThrow()
                        .version())
                .isZero();
    }

    @Test
    void anActiveMemberIsFoundBySubjectAndAnInvitationByEMail() {
        Membership active = added(aMembershipOf(organisation(), anyId()));
        Membership revoked = added(aMembershipOf(organisation(), anyId()).in(MembershipStatus.REVOKED));
        Membership invited = added(anInvitationOf(organisation(), "dario@entraide.be"));

        assertThat(memberships().findActive(organisation(), active.subject())).contains(active);
        assertThat(memberships().findActive(other(), active.subject())).isEmpty();
        assertThat(memberships().findActive(organisation(), revoked.subject())).isEmpty();
        assertThat(memberships().findInvited(organisation(), "dario@entraide.be"))
                .contains(invited);
        assertThat(memberships().findInvited(other(), "dario@entraide.be")).isEmpty();
        assertThat(memberships().findInvited(organisation(), active.details().email()))
                .isEmpty();
    }

    @Test
    void anEMailIsInUseUnlessItsMembershipIsRevoked() {
        Membership active = added(aMembershipOf(organisation(), anyId()));
        added(anInvitationOf(organisation(), "dario@entraide.be"));
        Membership revoked = added(aMembershipOf(organisation(), anyId()).in(MembershipStatus.REVOKED));

        assertThat(memberships().emailInUse(organisation(), active.details().email()))
                .isTrue();
        assertThat(memberships().emailInUse(organisation(), "dario@entraide.be"))
                .isTrue();
        assertThat(memberships().emailInUse(organisation(), revoked.details().email()))
                .isFalse();
        assertThat(memberships().emailInUse(other(), active.details().email())).isFalse();
    }

    @Test
    void onlyActiveAdministratorsCountAsAdministrators() {
        added(aMembershipOf(organisation(), anyId())
                .withDetails(aMember()
                        .withEmail("a@entraide.be")
                        .withRoles(Role.ADMIN, Role.COMMITTEE)
                        .build()));
        added(aMembershipOf(organisation(), anyId())
                .withDetails(aMember()
                        .withEmail("b@entraide.be")
                        .withRoles(Role.ADMIN)
                        .build()));
        added(aMembershipOf(organisation(), anyId())
                .in(MembershipStatus.REVOKED)
                .withDetails(aMember()
                        .withEmail("c@entraide.be")
                        .withRoles(Role.ADMIN)
                        .build()));
        added(anInvitationOf(organisation(), "d@entraide.be", Role.ADMIN));
        added(aMembershipOf(organisation(), anyId())
                .withDetails(aMember()
                        .withEmail("e@entraide.be")
                        .withRoles(Role.COMMITTEE)
                        .build()));
        added(aMembershipOf(other(), anyId())
                .withDetails(aMember()
                        .withEmail("f@entraide.be")
                        .withRoles(Role.ADMIN)
                        .build()));

        assertThat(memberships().countActiveAdmins(organisation())).isEqualTo(2);
    }

    @Test
    void aListIsAKeysetPageInTheOrderOfTheIdsTextAndTheActiveAreOldestFirst() {
        List<Membership> added = new ArrayList<>();
        for (char digit : new char[] {'e', '6', 'a', '0'}) {
            added.add(added(aMembershipOf(organisation(), idStartingWith(digit))));
        }
        Membership invited = added(anInvitationOf(organisation(), "dario@entraide.be"));
        added.add(invited);
        added(aMembershipOf(other(), anyId()));
        List<MemberId> byText = added.stream()
                .map(Membership::id)
                .sorted((a, b) -> a.value().toString().compareTo(b.value().toString()))
                .toList();

        Page<Membership> first = memberships().list(organisation(), PageRequest.first(3));
        Page<Membership> last = memberships().list(organisation(), new PageRequest(3, first.continueAfter()));

        List<MemberId> listed = new ArrayList<>();
        first.items().forEach(m -> listed.add(m.id()));
        last.items().forEach(m -> listed.add(m.id()));
        assertThat(listed).containsExactlyElementsOf(byText);
        assertThat(last.continueAfter()).isEmpty();
        assertThat(memberships().active(organisation()))
                .extracting(Membership::id)
                .containsExactlyElementsOf(
                        byText.stream().filter(id -> !id.equals(invited.id())).toList());
    }

    @Test
    void aPersonsOwnMembershipsAreTheActiveOnesAndTheInvitationsToTheirVerifiedEMail() {
        String subject = "sub-" + UUID.randomUUID();
        String email = subject.substring(4) + "@entraide.be";
        Membership here =
                added(aMembershipOf(organisation(), idStartingWith('9')).withSubject(subject));
        Membership invitation = added(anInvitationOf(other(), email));
        OrganisationId third = anOrganisation();
        added(aMembershipOf(third, anyId()).withSubject(subject).in(MembershipStatus.REVOKED));
        List<Membership> both =
                here.id().value().toString().compareTo(invitation.id().value().toString()) < 0
                        ? List.of(here, invitation)
                        : List.of(invitation, here);

        assertThat(memberships().ofPerson(subject, Optional.of(email))).containsExactlyElementsOf(both);
        assertThat(memberships().ofPerson(subject, Optional.empty())).containsExactly(here);
    }

    @Test
    void aSubjectHoldsOneMembershipPerOrganisationRevokedOnesIncluded() {
        Membership revoked = added(aMembershipOf(organisation(), anyId()).in(MembershipStatus.REVOKED));
        added(aMembershipOf(other(), anyId()).withSubject(revoked.subject()));
        flush();

        assertThatThrownBy(() -> {
                    memberships()
                            .add(aMembershipOf(organisation(), anyId())
                                    .withSubject(revoked.subject())
                                    .createdAt(NOW)
                                    .build());
                    flush();
                })
                .isInstanceOf(RuntimeException.class);
    }
}
