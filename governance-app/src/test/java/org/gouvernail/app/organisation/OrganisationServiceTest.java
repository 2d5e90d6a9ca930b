package org.gouvernail.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gouvernail.app.support.InMemory.FOUNDER;
import static org.gouvernail.app.support.InMemory.NOW;
import static org.gouvernail.app.support.InMemory.OTHER_FOUNDER;
import static org.gouvernail.app.support.InMemory.person;
import static org.gouvernail.app.support.InMemory.profile;

import java.util.List;
import org.gouvernail.app.support.InMemory;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;
import org.junit.jupiter.api.Test;

class OrganisationServiceTest {

    private final InMemory.Platform platform = new InMemory.Platform();

    private OrganisationId registered() {
        return platform.registered("entraide").id();
    }

    private MemberId founderId(OrganisationId organisationId) {
        return platform.membership(organisationId, FOUNDER).id();
    }

    // registering

    @Test
    void onlyPlatformAdministratorsRegisterOrganisations() {
        Caller ordinary = new Caller("sub-bob", "bob@entraide.be", true, "Bob", false);

        assertThatThrownBy(() -> platform.organisationService.register(
                        ordinary, OrganisationKind.ASSOCIATION, profile("Entraide", "entraide")))
                .isInstanceOfSatisfying(
                        Forbidden.class, e -> assertThat(e.action()).isEqualTo("register-organisation"));
        assertThat(platform.organisations.count()).isZero();
        assertThat(platform.audit.all()).isEmpty();
    }

    @Test
    void theFounderBecomesTheOrganisationsFirstAdministrator() {
        Organisation organisation = platform.organisationService.register(
                FOUNDER, OrganisationKind.FEDERATION, profile("Fédération", "federation"));

        List<Membership> members = platform.organisationService
                .members(FOUNDER, organisation.id(), PageRequest.first(10))
                .items();
        assertThat(members).singleElement().satisfies(founder -> {
            assertThat(founder.subject()).isEqualTo("sub-anne");
            assertThat(founder.status()).isEqualTo(MembershipStatus.ACTIVE);
            assertThat(founder.details().roles()).containsExactly(Role.ADMIN);
            assertThat(founder.details().email()).isEqualTo("anne@entraide.be");
        });
        assertThat(organisation.kind()).isEqualTo(OrganisationKind.FEDERATION);
        assertThat(organisation.version()).isZero();
        assertThat(organisation.createdAt()).isEqualTo(NOW);
    }

    @Test
    void registeringRecordsTheOrganisationAndItsFounder() {
        OrganisationId id = registered();

        assertThat(platform.audit.all())
                .extracting(AuditEvent::action)
                .containsExactly("organisation.registered", "member.added");
        assertThat(platform.audit.all().get(0).summary())
                .startsWith("kind: ASSOCIATION; name: Org entraide; slug: entraide");
        assertThat(platform.audit.all().get(0).subjectId()).isEqualTo(id.value());
        assertThat(platform.audit.all().get(1).summary()).contains("roles: [ADMIN]");
        assertThat(platform.audit.all()).allSatisfy(event -> {
            assertThat(event.actorSubject()).isEqualTo("sub-anne");
            assertThat(event.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void aSlugAlreadyTakenIsRefused() {
        registered();

        assertThatThrownBy(() -> platform.organisationService.register(
                        OTHER_FOUNDER, OrganisationKind.ASSOCIATION, profile("Autre", "entraide")))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("slug-taken");
        assertThat(platform.organisations.count()).isEqualTo(1);
    }

    @Test
    void anOrganisationCannotTakeTheSlugOfAnother() {
        OrganisationId id = registered();
        platform.registeredBy(OTHER_FOUNDER, "federation");

        assertThatThrownBy(() ->
                        platform.organisationService.updateProfile(FOUNDER, id, 0, profile("Entraide", "federation")))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("slug-taken");
    }

    // the profile

    @Test
    void updatingTheProfileRecordsTheChangedFieldOnly() {
        OrganisationId id = registered();
        int before = platform.audit.size();

        Organisation updated =
                platform.organisationService.updateProfile(FOUNDER, id, 0, profile("Entraide Bruxelles", "entraide"));

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.profile().name()).isEqualTo("Entraide Bruxelles");
        assertThat(platform.audit.since(before)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("organisation.updated");
            assertThat(event.subjectType()).isEqualTo("ORGANISATION");
            assertThat(event.summary()).isEqualTo("name: Org entraide → Entraide Bruxelles");
        });
    }

    @Test
    void aProfileEditedFromAStaleVersionIsRefused() {
        OrganisationId id = registered();
        platform.organisationService.updateProfile(FOUNDER, id, 0, profile("Entraide Bruxelles", "entraide"));
        int before = platform.audit.size();

        assertThatThrownBy(() -> platform.organisationService.updateProfile(
                        FOUNDER, id, 0, profile("Entraide Liège", "entraide")))
                .isInstanceOf(StaleVersion.class);
        assertThat(platform.organisations.find(id).orElseThrow().profile().name())
                .isEqualTo("Entraide Bruxelles");
        assertThat(platform.audit.since(before)).isEmpty();
    }

    @Test
    void onlyAnAdministratorChangesTheProfile() {
        OrganisationId id = registered();
        Caller committee = platform.signedIn(id, "chloe", Role.COMMITTEE, Role.DATA_REFERENT);

        assertThatThrownBy(() ->
                        platform.organisationService.updateProfile(committee, id, 0, profile("Entraide", "entraide")))
                .isInstanceOfSatisfying(
                        Forbidden.class, e -> assertThat(e.action()).isEqualTo("change-organisation"));
    }

    // members

    @Test
    void aPersonAddedWithAnEmailIsInvited() {
        OrganisationId id = registered();
        int before = platform.audit.size();

        Membership invited =
                platform.organisationService.addMember(FOUNDER, id, person("bob@entraide.be", Role.CONTRIBUTOR));

        assertThat(invited.status()).isEqualTo(MembershipStatus.INVITED);
        assertThat(platform.audit.since(before)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("member.invited");
            assertThat(event.subjectType()).isEqualTo("MEMBER");
            assertThat(event.subjectId()).isEqualTo(invited.id().value());
            assertThat(event.summary()).contains("email: bob@entraide.be", "roles: [CONTRIBUTOR]");
        });
    }

    @Test
    void aVolunteerListedWithoutAnEmailIsAddedActive() {
        OrganisationId id = registered();
        int before = platform.audit.size();

        Membership listed = platform.organisationService.addMember(FOUNDER, id, person(null, Role.VIEWER));

        assertThat(listed.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(platform.audit.since(before))
                .singleElement()
                .extracting(AuditEvent::action)
                .isEqualTo("member.added");
    }

    @Test
    void anEmailAlreadyUsedByAMemberIsRefused() {
        OrganisationId id = registered();
        platform.organisationService.addMember(FOUNDER, id, person("bob@entraide.be", Role.CONTRIBUTOR));

        assertThatThrownBy(() ->
                        platform.organisationService.addMember(FOUNDER, id, person("Bob@Entraide.be", Role.VIEWER)))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("member-exists");
    }

    @Test
    void theEmailOfARevokedMemberMayBeInvitedAgain() {
        OrganisationId id = registered();
        Membership first =
                platform.organisationService.addMember(FOUNDER, id, person("bob@entraide.be", Role.CONTRIBUTOR));
        platform.organisationService.removeMember(FOUNDER, id, first.id(), 0);

        Membership again =
                platform.organisationService.addMember(FOUNDER, id, person("bob@entraide.be", Role.CONTRIBUTOR));

        assertThat(again.status()).isEqualTo(MembershipStatus.INVITED);
    }

    @Test
    void changingAMembersRolesRecordsTheChangedRoles() {
        OrganisationId id = registered();
        Caller bob = platform.signedIn(id, "bob", Role.CONTRIBUTOR);
        Membership current = platform.membership(id, bob);
        int before = platform.audit.size();

        Membership updated = platform.organisationService.updateMember(
                FOUNDER, id, current.id(), current.version(), person("bob@entraide.be", Role.COMMITTEE));

        assertThat(updated.details().roles()).containsExactly(Role.COMMITTEE);
        assertThat(updated.version()).isEqualTo(current.version() + 1);
        assertThat(platform.audit.since(before)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("member.updated");
            assertThat(event.summary()).isEqualTo("roles: [CONTRIBUTOR] → [COMMITTEE]");
        });
    }

    @Test
    void theEmailOfAMemberWhoSignedInCannotBeChangedByAnAdministrator() {
        OrganisationId id = registered();
        Caller bob = platform.signedIn(id, "bob", Role.CONTRIBUTOR);
        Membership current = platform.membership(id, bob);

        assertThatThrownBy(() -> platform.organisationService.updateMember(
                        FOUNDER, id, current.id(), current.version(), person("robert@entraide.be", Role.CONTRIBUTOR)))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("email-bound");
    }

    @Test
    void aMemberEditedFromAStaleVersionIsRefused() {
        OrganisationId id = registered();
        Caller bob = platform.signedIn(id, "bob", Role.CONTRIBUTOR);
        MemberId bobId = platform.membership(id, bob).id();
        int before = platform.audit.size();

        assertThatThrownBy(() -> platform.organisationService.updateMember(
                        FOUNDER, id, bobId, 0, person("bob@entraide.be", Role.VIEWER)))
                .isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> platform.organisationService.removeMember(FOUNDER, id, bobId, 0))
                .isInstanceOf(StaleVersion.class);
        assertThat(platform.audit.since(before)).isEmpty();
    }

    @Test
    void revokingAMemberKeepsThemInTheHistory() {
        OrganisationId id = registered();
        Caller bob = platform.signedIn(id, "bob", Role.CONTRIBUTOR);
        Membership current = platform.membership(id, bob);
        int before = platform.audit.size();

        platform.organisationService.removeMember(FOUNDER, id, current.id(), current.version());

        Membership stored = platform.memberships.stored(current.id());
        assertThat(stored.status()).isEqualTo(MembershipStatus.REVOKED);
        assertThat(stored.version()).isEqualTo(current.version() + 1);
        assertThat(platform.audit.since(before)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("member.revoked");
            assertThat(event.summary()).isEqualTo("status: ACTIVE → REVOKED");
        });
    }

    @Test
    void aRevokedMemberCannotBeRevokedAgain() {
        OrganisationId id = registered();
        Membership bob =
                platform.organisationService.addMember(FOUNDER, id, person("bob@entraide.be", Role.CONTRIBUTOR));
        platform.organisationService.removeMember(FOUNDER, id, bob.id(), 0);

        assertThatThrownBy(() -> platform.organisationService.removeMember(FOUNDER, id, bob.id(), 1))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("member-revoked");
    }

    @Test
    void theLastAdministratorCannotBeRemoved() {
        OrganisationId id = registered();
        int before = platform.audit.size();

        assertThatThrownBy(() -> platform.organisationService.removeMember(FOUNDER, id, founderId(id), 0))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("last-admin");
        assertThat(platform.membership(id, FOUNDER).isActiveAdmin()).isTrue();
        assertThat(platform.audit.since(before)).isEmpty();
    }

    @Test
    void theLastAdministratorCannotBeDemoted() {
        OrganisationId id = registered();

        assertThatThrownBy(() -> platform.organisationService.updateMember(
                        FOUNDER, id, founderId(id), 0, person("anne@entraide.be", Role.COMMITTEE)))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("last-admin");
    }

    @Test
    void anInvitedAdministratorWhoNeverSignedInDoesNotCountAsASecondAdministrator() {
        OrganisationId id = registered();
        platform.organisationService.addMember(FOUNDER, id, person("bob@entraide.be", Role.ADMIN));

        assertThatThrownBy(() -> platform.organisationService.removeMember(FOUNDER, id, founderId(id), 0))
                .isInstanceOf(RuleViolation.class)
                .extracting("code")
                .isEqualTo("last-admin");
    }

    @Test
    void anAdministratorMayLeaveOnceAnotherAdministratorIsActive() {
        OrganisationId id = registered();
        MemberId founder = founderId(id);
        Caller bob = platform.signedIn(id, "bob", Role.ADMIN);

        platform.organisationService.removeMember(bob, id, founder, 0);

        assertThat(platform.memberships.stored(founder).status()).isEqualTo(MembershipStatus.REVOKED);
        assertThat(platform.memberships.countActiveAdmins(id)).isEqualTo(1);
    }

    @Test
    void myOrganisationsAreThoseWhereIAmAnActiveMember() {
        OrganisationId entraide = registered();
        OrganisationId federation =
                platform.registeredBy(OTHER_FOUNDER, "federation").id();
        platform.registeredBy(OTHER_FOUNDER, "autre");
        platform.organisationService.addMember(OTHER_FOUNDER, federation, person("anne@entraide.be", Role.VIEWER));

        List<Organisation> mine = platform.organisationService
                .mine(FOUNDER, PageRequest.first(10))
                .items();

        assertThat(mine).extracting(Organisation::id).containsExactly(entraide, federation);
    }
}
