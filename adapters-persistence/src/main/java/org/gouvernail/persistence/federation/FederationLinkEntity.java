package org.gouvernail.persistence.federation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.federation.ConsentChange;
import org.gouvernail.domain.federation.FederationLink;
import org.gouvernail.domain.federation.FederationLinkId;
import org.gouvernail.domain.federation.LinkSide;
import org.gouvernail.domain.federation.LinkStatus;
import org.gouvernail.domain.federation.Region;
import org.gouvernail.domain.federation.Sector;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table federation_link: a federation and one member association (consents in sharing_consent). */
@Entity
@Table(name = "federation_link")
public class FederationLinkEntity {

    @Id
    public UUID id;

    public UUID federationId;
    public UUID associationId;

    @Enumerated(EnumType.STRING)
    public LinkStatus status;

    public String region;

    @Enumerated(EnumType.STRING)
    public Sector sector;

    public Instant invitedAt;
    public Instant acceptedAt;
    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    public LinkSide endedSide;

    /** How many sharing_consent rows the link has: a consent change makes the row dirty, so its version moves. */
    public int consentChanges;

    @Version
    public long version;

    static FederationLinkEntity from(FederationLink link) {
        FederationLinkEntity entity = new FederationLinkEntity();
        entity.id = link.id().value();
        entity.federationId = link.federationId().value();
        entity.associationId = link.associationId().value();
        entity.invitedAt = link.invitedAt();
        entity.apply(link);
        return entity;
    }

    void apply(FederationLink link) {
        status = link.status();
        region = link.region() == null ? null : link.region().code();
        sector = link.sector();
        acceptedAt = link.acceptedAt();
        endedAt = link.endedAt();
        endedSide = link.endedSide();
        consentChanges = link.history().size();
    }

    FederationLink toDomain(List<ConsentChange> history) {
        return new FederationLink(
                new FederationLinkId(id),
                new OrganisationId(federationId),
                new OrganisationId(associationId),
                status,
                Region.ofNullable(region),
                sector,
                invitedAt,
                acceptedAt,
                endedAt,
                endedSide,
                history,
                version);
    }
}
