package org.gouvernail.persistence.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;
import org.hibernate.exception.ConstraintViolationException;

/** Persistence adapter: memberships in MariaDB, every query inside one organisation but the caller's own. */
@ApplicationScoped
public class PanacheMemberships implements Memberships {

    private final Repository repository;

    PanacheMemberships(Repository repository) {
        this.repository = repository;
    }

    /**
     * The unique key (organisation_id, live_email) of V101–V102: one membership not revoked per
     * e-mail, the backstop when two invitations of one address pass the service's check at once.
     */
    private static final String EMAIL_KEY = "uk_membership_live_email";

    @Override
    public void add(Membership membership) {
        repository.persist(MembershipEntity.from(membership));
        // now, so that an address taken meanwhile surfaces as member-exists, not as a failed commit
        refusingTakenEmail(membership, () -> repository.getEntityManager().flush());
    }

    @Override
    public Membership update(Membership membership) {
        MembershipEntity entity = entity(
                        membership.organisationId(), membership.id().value())
                .orElseThrow(() -> new NotFound("member", membership.id()));
        Versions.expect("member", entity.version, membership.version());
        entity.apply(membership);
        refusingTakenEmail(
                membership, () -> Versions.flush(repository.getEntityManager(), "member", membership.version()));
        return entity.toDomain();
    }

    private static void refusingTakenEmail(Membership membership, Runnable flush) {
        try {
            flush.run();
        } catch (ConstraintViolationException e) {
            if (!violates(e, EMAIL_KEY)) {
                throw e;
            }
            String email = membership.details().email();
            throw new RuleViolation("member-exists", "a member already uses " + email, email);
        }
    }

    private static boolean violates(ConstraintViolationException e, String constraint) {
        String name = e.getConstraintName();
        String message =
                e.getSQLException() == null ? null : e.getSQLException().getMessage();
        return name != null && name.toLowerCase(Locale.ROOT).contains(constraint)
                || message != null && message.toLowerCase(Locale.ROOT).contains(constraint);
    }

    @Override
    public Optional<Membership> find(OrganisationId organisationId, MemberId id) {
        return entity(organisationId, id.value()).map(MembershipEntity::toDomain);
    }

    @Override
    public Optional<Membership> findActive(OrganisationId organisationId, String subject) {
        // with its roles in the same query: every request inside an organisation starts here, and the
        // roles' own query was one more round trip each time; (organisation_id, subject) is unique, the
        // join's rows (one per role) are one entity
        return repository
                .find(
                        "select m from MembershipEntity m left join fetch m.roles"
                                + " where m.organisationId = ?1 and m.subject = ?2 and m.status = ?3",
                        organisationId.value(),
                        subject,
                        MembershipStatus.ACTIVE)
                .list()
                .stream()
                .findFirst()
                .map(MembershipEntity::toDomain);
    }

    @Override
    public Optional<Membership> findInvited(OrganisationId organisationId, String email) {
        return repository
                .find(
                        "organisationId = ?1 and email = ?2 and status = ?3",
                        organisationId.value(),
                        email,
                        MembershipStatus.INVITED)
                .firstResultOptional()
                .map(MembershipEntity::toDomain);
    }

    @Override
    public boolean emailInUse(OrganisationId organisationId, String email) {
        return repository.count(
                        "organisationId = ?1 and email = ?2 and status <> ?3",
                        organisationId.value(),
                        email,
                        MembershipStatus.REVOKED)
                > 0;
    }

    /**
     * A locking read (LOCK IN SHARE MODE) reads the rows as committed now: a plain read would see
     * them as of the transaction's first read, from before the organisation's lock was granted,
     * and miss the demotion committed by the request that held the lock.
     */
    @Override
    public long countActiveAdmins(OrganisationId organisationId) {
        Object count = repository
                .getEntityManager()
                .createNativeQuery("""
                        select count(*) from membership m join membership_role r on r.membership_id = m.id
                        where m.organisation_id = ?1 and m.status = ?2 and m.subject is not null and r.role = ?3
                        lock in share mode""")
                .setParameter(1, organisationId.value().toString())
                .setParameter(2, MembershipStatus.ACTIVE.name())
                .setParameter(3, Role.ADMIN.name())
                .getSingleResult();
        return ((Number) count).longValue();
    }

    @Override
    public Page<Membership> list(OrganisationId organisationId, PageRequest page) {
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        String query = Keyset.after("organisationId = :organisation", page, parameters, false);
        return Keyset.page(
                repository
                        .find(query + " order by id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                MembershipEntity::toDomain,
                m -> m.id().value());
    }

    @Override
    public List<Membership> active(OrganisationId organisationId) {
        return repository
                .list(
                        "organisationId = ?1 and status = ?2 order by id",
                        organisationId.value(),
                        MembershipStatus.ACTIVE)
                .stream()
                .map(MembershipEntity::toDomain)
                .toList();
    }

    @Override
    public List<Membership> ofPerson(String subject, Optional<String> verifiedEmail) {
        // a person of 200 organisations reads 200 memberships at every /me: read, not managed, with the
        // roles in the same statement (one row per role, merged here)
        TypedQuery<MembershipEntity> query = repository
                .getEntityManager()
                .createQuery(
                        "select new MembershipEntity(m.id, m.organisationId, m.subject, m.email, m.displayName,"
                                + " m.personType, m.status, m.version, m.createdAt, r)"
                                + " from MembershipEntity m join m.roles r"
                                + " where (m.subject = :subject and m.status = :active)"
                                + (verifiedEmail.isPresent()
                                        ? " or (m.subject is null and m.email = :email and m.status = :invited)"
                                        : "")
                                + " order by m.id",
                        MembershipEntity.class)
                .setParameter("subject", subject)
                .setParameter("active", MembershipStatus.ACTIVE);
        verifiedEmail.ifPresent(
                email -> query.setParameter("email", email).setParameter("invited", MembershipStatus.INVITED));
        Map<UUID, MembershipEntity> byId = new LinkedHashMap<>();
        for (MembershipEntity row : query.getResultList()) {
            byId.merge(row.id, row, MembershipEntity::withRolesOf);
        }
        return byId.values().stream().map(MembershipEntity::toDomain).toList();
    }

    private Optional<MembershipEntity> entity(OrganisationId organisationId, UUID id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id)
                .firstResultOptional();
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<MembershipEntity, UUID> {}
}
