package org.gouvernail.persistence.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the usage policies of an organisation (their versions are in {@link PanachePolicyVersions}). */
@ApplicationScoped
public class PanachePolicies implements Policies {

    private final Repository repository;

    PanachePolicies(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(Policy policy) {
        repository.persist(PolicyEntity.from(policy));
    }

    @Override
    public Optional<Policy> find(OrganisationId organisationId, PolicyId id) {
        return entity(organisationId, id).map(PolicyEntity::toDomain);
    }

    @Override
    public Policy update(Policy policy) {
        PolicyEntity entity =
                entity(policy.organisationId(), policy.id()).orElseThrow(() -> new NotFound("policy", policy.id()));
        Versions.expect("policy", entity.version, policy.version());
        entity.apply(policy);
        Versions.flush(repository.getEntityManager(), "policy", policy.version());
        return entity.toDomain();
    }

    @Override
    public Page<Policy> list(OrganisationId organisationId, PageRequest page) {
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        String query = Keyset.after(
                "from PolicyEntity p where p.organisationId = :organisation", page, parameters, false, "p.id");
        List<PolicyEntity> slice = repository
                .find(query + " order by p.id", parameters)
                .page(0, page.limit() + 1)
                .list();
        return Keyset.page(
                slice, page, PolicyEntity::toDomain, policy -> policy.id().value());
    }

    private Optional<PolicyEntity> entity(OrganisationId organisationId, PolicyId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<PolicyEntity, UUID> {}
}
