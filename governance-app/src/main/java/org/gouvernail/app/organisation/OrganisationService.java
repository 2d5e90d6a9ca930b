package org.gouvernail.app.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.organisation.AdminContinuity;
import org.gouvernail.domain.organisation.MemberDetails;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationEvent.MemberJoined;
import org.gouvernail.domain.organisation.OrganisationEvent.MemberRevoked;
import org.gouvernail.domain.organisation.OrganisationEvent.MemberUpdated;
import org.gouvernail.domain.organisation.OrganisationEvent.OrganisationRegistered;
import org.gouvernail.domain.organisation.OrganisationEvent.OrganisationUpdated;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.OrganisationProfile;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;

/** Use case service: organisations and their members, one transaction per call. */
@ApplicationScoped
public class OrganisationService implements OrganisationManagement {

    private final Organisations organisations;
    private final Memberships memberships;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public OrganisationService(
            Organisations organisations,
            Memberships memberships,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<MyMembership> me(Caller caller) {
        List<Membership> found = memberships.ofPerson(caller.subject(), caller.verifiedEmail());
        Set<OrganisationId> joined = found.stream()
                .filter(Membership::isActive)
                .map(Membership::organisationId)
                .collect(Collectors.toSet());
        // one read for every organisation of the person, not one per membership
        Map<OrganisationId, Organisation> byId =
                organisations
                        .findAll(found.stream().map(Membership::organisationId).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(Organisation::id, organisation -> organisation));
        List<MyMembership> mine = new ArrayList<>();
        for (Membership membership : found) {
            if (membership.status() == MembershipStatus.INVITED && joined.contains(membership.organisationId())) {
                continue; // already a member there (e.g. under an older e-mail): the admin resolves the duplicate
            }
            Organisation organisation = byId.get(membership.organisationId());
            if (organisation == null) {
                continue;
            }
            Membership current =
                    membership.status() == MembershipStatus.INVITED ? access.accept(caller, membership) : membership;
            mine.add(new MyMembership(current, organisation));
        }
        return mine;
    }

    @Override
    @Transactional
    public Organisation register(Caller caller, OrganisationKind kind, OrganisationProfile profile) {
        if (!caller.platformAdmin()) {
            throw new Forbidden("register-organisation");
        }
        OrganisationId id = new OrganisationId(ids.next());
        requireFreeSlug(profile.slug(), id);
        Organisation organisation = Organisation.register(id, kind, profile, clock.instant());
        organisations.add(organisation);
        Membership founder = Membership.founder(new MemberId(ids.next()), id, caller, clock.instant());
        memberships.add(founder);
        auditor.record(caller, new OrganisationRegistered(id, kind, profile));
        auditor.record(caller, new MemberJoined(founder, founder.details()));
        return organisation;
    }

    @Override
    @Transactional
    public Page<Organisation> mine(Caller caller, PageRequest page) {
        me(caller);
        return organisations.withActiveMember(caller.subject(), page);
    }

    @Override
    @Transactional
    public Organisation organisation(Caller caller, OrganisationId organisationId) {
        access.member(caller, organisationId);
        return existing(organisationId);
    }

    @Override
    @Transactional
    public Organisation updateProfile(
            Caller caller, OrganisationId organisationId, long expectedVersion, OrganisationProfile profile) {
        access.withRole(caller, organisationId, Role.ADMINS, "change-organisation");
        Organisation current = expectVersion(existing(organisationId), expectedVersion);
        requireFreeSlug(profile.slug(), organisationId);
        Organisation updated = organisations.update(current.withProfile(profile));
        auditor.record(caller, new OrganisationUpdated(organisationId, current.profile(), profile));
        return updated;
    }

    @Override
    @Transactional
    public Page<Membership> members(Caller caller, OrganisationId organisationId, PageRequest page) {
        access.member(caller, organisationId);
        return memberships.list(organisationId, page);
    }

    @Override
    @Transactional
    public Membership member(Caller caller, OrganisationId organisationId, MemberId memberId) {
        access.member(caller, organisationId);
        return existing(organisationId, memberId);
    }

    @Override
    @Transactional
    public Membership addMember(Caller caller, OrganisationId organisationId, MemberDetails details) {
        access.withRole(caller, organisationId, Role.ADMINS, "add-member");
        if (details.email() != null && memberships.emailInUse(organisationId, details.email())) {
            throw new RuleViolation("member-exists", "a member already uses " + details.email(), details.email());
        }
        Membership added = Membership.invite(new MemberId(ids.next()), organisationId, details, clock.instant());
        memberships.add(added);
        auditor.record(caller, new MemberJoined(added, details));
        return added;
    }

    @Override
    @Transactional
    public Membership updateMember(
            Caller caller,
            OrganisationId organisationId,
            MemberId memberId,
            long expectedVersion,
            MemberDetails details) {
        access.withRole(caller, organisationId, Role.ADMINS, "change-member");
        organisations.lockForMembershipChange(organisationId);
        Membership current = expectVersion(existing(organisationId, memberId), expectedVersion);
        if (details.email() != null
                && !details.email().equals(current.details().email())
                && memberships.emailInUse(organisationId, details.email())) {
            throw new RuleViolation("member-exists", "a member already uses " + details.email(), details.email());
        }
        Membership changed = current.withDetails(details);
        AdminContinuity.check(current, changed, memberships.countActiveAdmins(organisationId));
        Membership updated = memberships.update(changed);
        auditor.record(caller, new MemberUpdated(organisationId, memberId, current.details(), details));
        return updated;
    }

    @Override
    @Transactional
    public void removeMember(Caller caller, OrganisationId organisationId, MemberId memberId, long expectedVersion) {
        access.withRole(caller, organisationId, Role.ADMINS, "remove-member");
        organisations.lockForMembershipChange(organisationId);
        Membership current = expectVersion(existing(organisationId, memberId), expectedVersion);
        Membership revoked = current.revoke();
        AdminContinuity.check(current, revoked, memberships.countActiveAdmins(organisationId));
        memberships.update(revoked);
        auditor.record(caller, new MemberRevoked(organisationId, memberId, current.status()));
    }

    private void requireFreeSlug(String slug, OrganisationId except) {
        if (organisations.slugTaken(slug, except)) {
            throw new RuleViolation("slug-taken", "the slug " + slug + " is already taken", slug);
        }
    }

    private Organisation existing(OrganisationId organisationId) {
        return organisations.find(organisationId).orElseThrow(() -> new NotFound("organisation", organisationId));
    }

    private Membership existing(OrganisationId organisationId, MemberId memberId) {
        return memberships.find(organisationId, memberId).orElseThrow(() -> new NotFound("member", memberId));
    }

    private static Organisation expectVersion(Organisation organisation, long expected) {
        StaleVersion.check("organisation", organisation.version(), expected);
        return organisation;
    }

    private static Membership expectVersion(Membership membership, long expected) {
        StaleVersion.check("member", membership.version(), expected);
        return membership;
    }
}
