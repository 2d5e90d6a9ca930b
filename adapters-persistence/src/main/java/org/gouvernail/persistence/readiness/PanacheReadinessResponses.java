package org.gouvernail.persistence.readiness;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.readiness.CampaignId;
import org.gouvernail.domain.readiness.ReadinessResponse;
import org.gouvernail.domain.readiness.port.out.ReadinessResponses;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the answers to readiness campaigns in MariaDB. */
@ApplicationScoped
public class PanacheReadinessResponses implements ReadinessResponses {

    private final Repository repository;

    PanacheReadinessResponses(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(ReadinessResponse response) {
        repository.persist(ReadinessResponseEntity.from(response));
    }

    @Override
    public Optional<ReadinessResponse> find(OrganisationId organisationId, CampaignId campaignId, MemberId respondent) {
        return entity(organisationId, campaignId, respondent).map(ReadinessResponseEntity::toDomain);
    }

    @Override
    public ReadinessResponse update(ReadinessResponse response) {
        ReadinessResponseEntity entity = entity(response.organisationId(), response.campaignId(), response.respondent())
                .orElseThrow(() -> new NotFound("readiness-response", response.id()));
        Versions.expect("readiness-response", entity.version, response.version());
        entity.apply(response);
        Versions.flush(repository.getEntityManager(), "readiness-response", response.version());
        return entity.toDomain();
    }

    @Override
    public List<ReadinessResponse> all(OrganisationId organisationId, CampaignId campaignId) {
        return repository
                .find("organisationId = ?1 and campaignId = ?2 order by id", organisationId.value(), campaignId.value())
                .stream()
                .map(ReadinessResponseEntity::toDomain)
                .toList();
    }

    private Optional<ReadinessResponseEntity> entity(
            OrganisationId organisationId, CampaignId campaignId, MemberId respondent) {
        return repository
                .find(
                        "organisationId = ?1 and campaignId = ?2 and memberId = ?3",
                        organisationId.value(),
                        campaignId.value(),
                        respondent.value())
                .firstResultOptional();
    }

    /** The Panache repository of responses, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<ReadinessResponseEntity, UUID> {}
}
