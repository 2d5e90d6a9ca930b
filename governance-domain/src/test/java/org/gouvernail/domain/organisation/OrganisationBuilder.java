package org.gouvernail.domain.organisation;

import static org.gouvernail.domain.organisation.OrganisationProfileBuilder.anOrganisation;

import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Test-data builder: a registered organisation, by default an association with the default profile:
 * {@code aRegisteredOrganisation().withProfile(anOrganisation(slug).build()).build()}.
 */
public final class OrganisationBuilder {

    private OrganisationId id = new OrganisationId(UUID.randomUUID());
    private OrganisationKind kind = OrganisationKind.ASSOCIATION;
    private OrganisationProfile profile = anOrganisation().build();
    private long version;
    private Instant createdAt = Instant.parse("2026-11-28T15:00:00Z");

    private OrganisationBuilder() {}

    public static OrganisationBuilder aRegisteredOrganisation() {
        return new OrganisationBuilder();
    }

    public static OrganisationBuilder from(Organisation o) {
        return aRegisteredOrganisation()
                .withId(o.id())
                .ofKind(o.kind())
                .withProfile(o.profile())
                .withVersion(o.version())
                .createdAt(o.createdAt());
    }

    public OrganisationBuilder withId(OrganisationId id) {
        this.id = id;
        return this;
    }

    public OrganisationBuilder ofKind(OrganisationKind kind) {
        this.kind = kind;
        return this;
    }

    public OrganisationBuilder withProfile(OrganisationProfile profile) {
        this.profile = profile;
        return this;
    }

    public OrganisationBuilder withVersion(long version) {
        this.version = version;
        return this;
    }

    public OrganisationBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public Organisation build() {
        return new Organisation(id, kind, profile, version, createdAt);
    }
}
