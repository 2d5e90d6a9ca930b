package org.gouvernail.persistence.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.webhook.EndpointId;
import org.gouvernail.domain.webhook.EndpointStatus;
import org.gouvernail.domain.webhook.WebhookEndpoint;
import org.gouvernail.domain.webhook.port.out.WebhookEndpoints;
import org.gouvernail.persistence.shared.InList;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: webhook endpoints in MariaDB. */
@ApplicationScoped
public class PanacheWebhookEndpoints implements WebhookEndpoints {

    private final Repository repository;

    PanacheWebhookEndpoints(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(WebhookEndpoint endpoint) {
        repository.persist(WebhookEndpointEntity.from(endpoint));
    }

    @Override
    public Optional<WebhookEndpoint> find(OrganisationId organisationId, EndpointId id) {
        return entity(organisationId, id).map(WebhookEndpointEntity::toDomain);
    }

    @Override
    public WebhookEndpoint save(WebhookEndpoint endpoint) {
        WebhookEndpointEntity entity = entity(endpoint.organisationId(), endpoint.id())
                .orElseThrow(() -> new NotFound("webhook-endpoint", endpoint.id()));
        Versions.expect("webhook-endpoint", entity.version, endpoint.version());
        entity.copy(endpoint);
        Versions.flush(repository.getEntityManager(), "webhook-endpoint", endpoint.version());
        return entity.toDomain();
    }

    @Override
    public void remove(WebhookEndpoint endpoint) {
        WebhookEndpointEntity entity = entity(endpoint.organisationId(), endpoint.id())
                .orElseThrow(() -> new NotFound("webhook-endpoint", endpoint.id()));
        Versions.expect("webhook-endpoint", entity.version, endpoint.version());
        repository.delete(entity);
        Versions.flush(repository.getEntityManager(), "webhook-endpoint", endpoint.version());
    }

    @Override
    public Page<WebhookEndpoint> list(OrganisationId organisationId, PageRequest page) {
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        String query = Keyset.after("organisationId = :organisation", page, parameters, false);
        return Keyset.page(
                repository
                        .find(query + " order by id", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                WebhookEndpointEntity::toDomain,
                endpoint -> endpoint.id().value());
    }

    @Override
    public long count(OrganisationId organisationId) {
        return repository.count("organisationId", organisationId.value());
    }

    @Override
    public List<WebhookEndpoint> ofOrganisations(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        InList ids = InList.anyLength(
                "organisation",
                organisations.stream().map(OrganisationId::value).distinct().toList());
        return ids
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from WebhookEndpointEntity where organisationId in " + ids.parameters(),
                                WebhookEndpointEntity.class))
                .getResultList()
                .stream()
                .map(WebhookEndpointEntity::toDomain)
                .toList();
    }

    @Override
    public List<WebhookEndpoint> byIds(Collection<EndpointId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList values = InList.anyLength(
                "id", ids.stream().map(EndpointId::value).distinct().toList());
        return values
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from WebhookEndpointEntity where id in " + values.parameters(),
                                WebhookEndpointEntity.class))
                .getResultList()
                .stream()
                .map(WebhookEndpointEntity::toDomain)
                .toList();
    }

    @Override
    public List<WebhookEndpoint> disabledByThePlatform(Collection<OrganisationId> organisations, int limit) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        InList ids = InList.anyLength(
                "organisation",
                organisations.stream().map(OrganisationId::value).distinct().toList());
        return ids
                .bind(repository
                        .getEntityManager()
                        .createQuery(
                                "from WebhookEndpointEntity where status = :disabled and disabledReason is not null"
                                        + " and organisationId in " + ids.parameters() + " order by id",
                                WebhookEndpointEntity.class))
                .setParameter("disabled", EndpointStatus.DISABLED)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(WebhookEndpointEntity::toDomain)
                .toList();
    }

    private Optional<WebhookEndpointEntity> entity(OrganisationId organisationId, EndpointId id) {
        return repository
                .find("id = ?1 and organisationId = ?2", id.value(), organisationId.value())
                .firstResultOptional();
    }

    /** The Panache repository of the rows, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<WebhookEndpointEntity, UUID> {}
}
