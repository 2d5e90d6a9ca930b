package org.gouvernail.app.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gouvernail.app.shared.InMemoryPages;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipBuilder;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;

/**
 * Fake out-port: the memberships in memory, looked up inside one organisation, versioned and with
 * the unique keys of the MariaDB adapter (MembershipsContract proves it).
 */
public final class InMemoryMemberships implements Memberships {

    private final Map<MemberId, Membership> rows = new LinkedHashMap<>();

    @Override
    public void add(Membership membership) {
        requireUniqueSubject(membership);
        if (rows.putIfAbsent(membership.id(), membership) != null) {
            throw new IllegalStateException("duplicate member id " + membership.id());
        }
    }

    @Override
    public Membership update(Membership membership) {
        Membership stored = find(membership.organisationId(), membership.id())
                .orElseThrow(() -> new NotFound("member", membership.id()));
        StaleVersion.check("member", stored.version(), membership.version());
        if (stored.equals(membership)) {
            return stored; // like Hibernate: nothing changed, nothing written, the version stays
        }
        requireUniqueSubject(membership);
        Membership saved = MembershipBuilder.from(membership)
                .withVersion(membership.version() + 1)
                .build();
        rows.put(saved.id(), saved);
        return saved;
    }

    @Override
    public Optional<Membership> find(OrganisationId organisationId, MemberId id) {
        return Optional.ofNullable(rows.get(id)).filter(m -> m.organisationId().equals(organisationId));
    }

    @Override
    public Optional<Membership> findActive(OrganisationId organisationId, String subject) {
        return in(organisationId)
                .filter(m -> subject.equals(m.subject()) && m.status() == MembershipStatus.ACTIVE)
                .findFirst();
    }

    @Override
    public Optional<Membership> findInvited(OrganisationId organisationId, String email) {
        return in(organisationId)
                .filter(m -> email.equals(m.details().email()) && m.status() == MembershipStatus.INVITED)
                .findFirst();
    }

    @Override
    public boolean emailInUse(OrganisationId organisationId, String email) {
        return in(organisationId)
                .anyMatch(m -> email.equals(m.details().email()) && m.status() != MembershipStatus.REVOKED);
    }

    @Override
    public long countActiveAdmins(OrganisationId organisationId) {
        return in(organisationId).filter(Membership::isActiveAdmin).count();
    }

    @Override
    public Page<Membership> list(OrganisationId organisationId, PageRequest page) {
        return InMemoryPages.keyset(in(organisationId), page, m -> m.id().value(), false);
    }

    @Override
    public List<Membership> active(OrganisationId organisationId) {
        return in(organisationId)
                .filter(m -> m.status() == MembershipStatus.ACTIVE)
                .toList();
    }

    @Override
    public List<Membership> ofPerson(String subject, Optional<String> verifiedEmail) {
        return rows.values().stream()
                .filter(m -> (subject.equals(m.subject()) && m.status() == MembershipStatus.ACTIVE)
                        || (verifiedEmail.isPresent()
                                && m.subject() == null
                                && verifiedEmail.get().equals(m.details().email())
                                && m.status() == MembershipStatus.INVITED))
                .sorted(InMemoryPages.byId((Membership m) -> m.id().value()))
                .toList();
    }

    /** Like uk_membership_subject (V2__create_membership.sql): one membership per subject and organisation, revoked ones included. */
    private void requireUniqueSubject(Membership membership) {
        if (membership.subject() != null
                && rows.values().stream()
                        .anyMatch(other -> !other.id().equals(membership.id())
                                && other.organisationId().equals(membership.organisationId())
                                && membership.subject().equals(other.subject()))) {
            throw new IllegalStateException("Duplicate entry for key uk_membership_subject: " + membership.subject());
        }
    }

    /** What the store holds now, whatever the organisation: for assertions only. */
    public Membership stored(MemberId id) {
        return rows.get(id);
    }

    private Stream<Membership> in(OrganisationId organisationId) {
        return rows.values().stream()
                .filter(m -> m.organisationId().equals(organisationId))
                .sorted(InMemoryPages.byId((Membership m) -> m.id().value()));
    }
}
