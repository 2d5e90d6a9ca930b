package org.gouvernail.persistence.readiness;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.readiness.GovernanceSetup;
import org.gouvernail.domain.readiness.port.out.GovernanceSetups;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: each organisation's governance setup in MariaDB, one version for the whole. */
@ApplicationScoped
public class PanacheGovernanceSetups implements GovernanceSetups {

    private final Repository repository;

    PanacheGovernanceSetups(Repository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<GovernanceSetup> find(OrganisationId organisationId) {
        return repository.findByIdOptional(organisationId.value()).map(GovernanceSetupEntity::toDomain);
    }

    @Override
    public Optional<GovernanceSetup> findForUpdate(OrganisationId organisationId) {
        return Optional.ofNullable(repository
                        .getEntityManager()
                        .find(
                                GovernanceSetupEntity.class,
                                organisationId.value(),
                                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE))
                .map(GovernanceSetupEntity::toDomain);
    }

    @Override
    public void add(GovernanceSetup setup) {
        repository.persist(GovernanceSetupEntity.from(setup));
    }

    @Override
    public GovernanceSetup update(GovernanceSetup setup) {
        GovernanceSetupEntity entity = repository
                .findByIdOptional(setup.organisationId().value())
                .orElseThrow(() -> new NotFound("governance-profile", setup.organisationId()));
        Versions.expect("governance-profile", entity.version, setup.version());
        entity.apply(setup);
        // a change of practices or steps alone moves the version too: Hibernate versions owned collections
        Versions.flush(repository.getEntityManager(), "governance-profile", setup.version());
        return entity.toDomain();
    }

    /** The Panache repository of setups, kept inside the adapter. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<GovernanceSetupEntity, UUID> {}
}
