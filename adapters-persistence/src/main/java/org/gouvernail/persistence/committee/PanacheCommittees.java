package org.gouvernail.persistence.committee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.committee.Committee;
import org.gouvernail.domain.committee.port.out.Committees;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.persistence.shared.Versions;

/**
 * Persistence adapter: the committee (charter row and seats) under one version. The seats are a
 * collection of the committee's entity: Hibernate writes the changed ones and moves the version.
 */
@ApplicationScoped
public class PanacheCommittees implements Committees {

    private final Repository repository;

    PanacheCommittees(Repository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Committee> find(OrganisationId organisationId) {
        return repository.findByIdOptional(organisationId.value()).map(CommitteeEntity::toDomain);
    }

    /** The members come back in the order given, as the caller sent them. */
    @Override
    public Committee save(Committee committee) {
        CommitteeEntity entity = repository.findById(committee.organisationId().value());
        if (entity == null) {
            StaleVersion.check("committee", 0, committee.version());
            entity = new CommitteeEntity();
            entity.organisationId = committee.organisationId().value();
            entity.apply(committee);
            // version 0 is the unconfigured committee's: the first configuration is version 1
            entity.version = 1;
            repository.persist(entity);
        } else {
            Versions.expect("committee", entity.version, committee.version());
            entity.apply(committee);
        }
        Versions.flush(repository.getEntityManager(), "committee", committee.version());
        return new Committee(committee.organisationId(), entity.charter(), committee.members(), entity.version);
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<CommitteeEntity, UUID> {}
}
