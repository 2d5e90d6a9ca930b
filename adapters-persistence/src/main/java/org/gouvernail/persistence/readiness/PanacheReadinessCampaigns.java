package org.gouvernail.persistence.readiness;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.readiness.CampaignId;
import org.gouvernail.domain.readiness.CampaignStatus;
import org.gouvernail.domain.readiness.ReadinessCampaign;
import org.gouvernail.domain.readiness.port.out.ReadinessCampaigns;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: readiness campaigns in MariaDB. */
@ApplicationScoped
public class PanacheReadinessCampaigns implements ReadinessCampaigns {

    private final Repository repository;

    PanacheReadinessCampaigns(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(ReadinessCampaign campaign) {
        repository.persist(ReadinessCampaignEntity.from(campaign));
    }

    @Override
    public Optional<ReadinessCampaign> find(OrganisationId organisationId, CampaignId id) {
        return entity(organisationId, id).map(ReadinessCampaignEntity::toDomain);
    }

    @Override
    public ReadinessCampaign update(ReadinessCampaign campaign) {
        ReadinessCampaignEntity entity = entity(campaign.organisationId(), campaign.id())
                .orElseThrow(() -> new NotFound("readiness-campaign", campaign.id()));
        Versions.expect("readiness-campaign", entity.version, campaign.version());
        entity.apply(campaign);
        Versions.flush(repository.getEntityManager(), "readiness-campaign", campaign.version());
        return entity.toDomain();
    }

    @Override
    public Page<ReadinessCampaign> list(OrganisationId organisationId, PageRequest page) {
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        String query = Keyset.after(
                "from ReadinessCampaignEntity c where c.organisationId = :organisation",
                page,
                parameters,
                false,
                "c.id");
        return Keyset.page(
                repository
                        .find(query + " order by c.id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                ReadinessCampaignEntity::toDomain,
                campaign -> campaign.id().value());
    }

    @Override
    public Optional<ReadinessCampaign> closedBefore(OrganisationId organisationId, Instant before) {
        return repository
                .find(
                        "organisationId = ?1 and status = ?2 and closedAt < ?3 order by closedAt desc, id desc",
                        organisationId.value(),
                        CampaignStatus.CLOSED,
                        before)
                .firstResultOptional()
                .map(ReadinessCampaignEntity::toDomain);
    }

    @Override
    public Optional<ReadinessCampaign> latestClosed(OrganisationId organisationId) {
        return repository
                .find(
                        "organisationId = ?1 and status = ?2 order by closedAt desc, id desc",
                        organisationId.value(),
                        CampaignStatus.CLOSED)
                .firstResultOptional()
                .map(ReadinessCampaignEntity::toDomain);
    }

    @Override
    public boolean any(OrganisationId organisationId, CampaignStatus status) {
        return repository
                .find("organisationId = ?1 and status = ?2", organisationId.value(), status)
                .firstResultOptional()
                .isPresent();
    }

    private Optional<ReadinessCampaignEntity> entity(OrganisationId organisationId, CampaignId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    /** The Panache repository of campaigns, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<ReadinessCampaignEntity, UUID> {}
}
