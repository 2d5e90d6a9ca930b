package org.gouvernail.persistence.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberDetails;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Row of table membership, with its roles in membership_role, loaded after a query by the ids of
 * the memberships it returned (quarkus.hibernate-orm.fetch.batch-size), never for the whole organisation.
 */
@Entity
@Table(name = "membership")
public class MembershipEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public String subject;
    public String email;
    public String displayName;

    @Enumerated(EnumType.STRING)
    public PersonType personType;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership_role", joinColumns = @JoinColumn(name = "membership_id"))
    // named here: the convention would name the column after the field (roles), not after one element
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    public Set<Role> roles = new HashSet<>();

    @Enumerated(EnumType.STRING)
    public MembershipStatus status;

    @Version
    public long version;

    public Instant createdAt;

    /** For Hibernate, and for {@link #from}. */
    protected MembershipEntity() {}

    /**
     * A row of a read that manages nothing (select new): with one of its roles, the rows of one membership
     * merged by {@link #withRolesOf}. Hibernate neither snapshots nor dirty-checks what it did not load.
     */
    MembershipEntity(
            UUID id,
            UUID organisationId,
            String subject,
            String email,
            String displayName,
            PersonType personType,
            MembershipStatus status,
            long version,
            Instant createdAt,
            Role role) {
        this.id = id;
        this.organisationId = organisationId;
        this.subject = subject;
        this.email = email;
        this.displayName = displayName;
        this.personType = personType;
        this.status = status;
        this.version = version;
        this.createdAt = createdAt;
        this.roles.add(role);
    }

    MembershipEntity withRolesOf(MembershipEntity sameMembership) {
        roles.addAll(sameMembership.roles);
        return this;
    }

    static MembershipEntity from(Membership membership) {
        MembershipEntity entity = new MembershipEntity();
        entity.id = membership.id().value();
        entity.organisationId = membership.organisationId().value();
        entity.createdAt = membership.createdAt();
        entity.version = membership.version();
        entity.apply(membership);
        return entity;
    }

    void apply(Membership membership) {
        subject = membership.subject();
        email = membership.details().email();
        displayName = membership.details().displayName();
        personType = membership.details().personType();
        roles.retainAll(membership.details().roles());
        roles.addAll(membership.details().roles());
        status = membership.status();
    }

    Membership toDomain() {
        MemberDetails details = new MemberDetails(email, displayName, personType, EnumSet.copyOf(roles));
        return new Membership(
                new MemberId(id), new OrganisationId(organisationId), subject, details, status, version, createdAt);
    }
}
