package org.gouvernail.persistence.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.OrganisationProfile;
import org.gouvernail.domain.organisation.OrganisationSize;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table organisation. */
@Entity
@Table(name = "organisation")
public class OrganisationEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;

    public String name;
    public String slug;
    public String country;
    public Integer staffCount;
    public Integer volunteerCount;
    public String locale;

    @Version
    public long version;

    public Instant createdAt;

    /** For Hibernate, and for {@link #from}. */
    protected OrganisationEntity() {}

    /** A row of a read that manages nothing (select new): Hibernate neither snapshots nor dirty-checks it. */
    OrganisationEntity(
            UUID id,
            OrganisationKind kind,
            String name,
            String slug,
            String country,
            Integer staffCount,
            Integer volunteerCount,
            String locale,
            long version,
            Instant createdAt) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.slug = slug;
        this.country = country;
        this.staffCount = staffCount;
        this.volunteerCount = volunteerCount;
        this.locale = locale;
        this.version = version;
        this.createdAt = createdAt;
    }

    static OrganisationEntity from(Organisation organisation) {
        OrganisationEntity entity = new OrganisationEntity();
        entity.id = organisation.id().value();
        entity.kind = organisation.kind();
        entity.createdAt = organisation.createdAt();
        entity.version = organisation.version();
        entity.apply(organisation);
        return entity;
    }

    void apply(Organisation organisation) {
        OrganisationProfile profile = organisation.profile();
        name = profile.name();
        slug = profile.slug();
        country = profile.country();
        staffCount = profile.size().staff();
        volunteerCount = profile.size().volunteers();
        locale = profile.locale();
    }

    Organisation toDomain() {
        OrganisationProfile profile =
                new OrganisationProfile(name, slug, country, new OrganisationSize(staffCount, volunteerCount), locale);
        return new Organisation(new OrganisationId(id), kind, profile, version, createdAt);
    }
}
