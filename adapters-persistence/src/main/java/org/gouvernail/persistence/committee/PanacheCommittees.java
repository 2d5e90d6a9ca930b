package org.gouvernail.persistence.committee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.committee.Committee;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.port.out.Committees;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the committee (charter row and seats) under one version. */
@ApplicationScoped
public class PanacheCommittees implements Committees {

    private final Repository repository;

    PanacheCommittees(Repository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Committee> find(OrganisationId organisationId) {
        return repository.findByIdOptional(organisationId.value()).map(entity -> entity.toDomain(members(entity.organisationId)));
    }

    @Override
    public Committee save(Committee committee) {
        EntityManager em = repository.getEntityManager();
        UUID organisation = committee.organisationId().value();
        CommitteeEntity entity = repository.findById(organisation);
        if (entity == null) {
            StaleVersion.check("committee", 0, committee.version());
            entity = new CommitteeEntity();
            entity.organisationId = organisation;
            entity.apply(committee.charter());
            // version 0 is the unconfigured committee's: the first configuration is version 1
            entity.version = 1;
            repository.persist(entity);
            em.flush();
            committee.members().forEach(member -> em.persist(CommitteeMemberEntity.of(organisation, member)));
            Versions.flush(em, "committee", committee.version());
            return entity.toDomain(committee.members());
        }
        Versions.expect("committee", entity.version, committee.version());
        boolean charterChanged = entity.apply(committee.charter());
        List<CommitteeMemberEntity> stored = memberRows(organisation);
        boolean seatsChanged = !stored.stream().map(CommitteeMemberEntity::toDomain).toList().equals(committee.members());
        if (seatsChanged) {
            stored.forEach(em::remove);
            em.flush();
            committee.members().forEach(member -> em.persist(CommitteeMemberEntity.of(organisation, member)));
            if (!charterChanged) {
                em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
        }
        Versions.flush(em, "committee", committee.version());
        return entity.toDomain(committee.members());
    }

    private List<CommitteeMember> members(UUID organisation) {
        return memberRows(organisation).stream().map(CommitteeMemberEntity::toDomain).toList();
    }

    private List<CommitteeMemberEntity> memberRows(UUID organisation) {
        return repository.getEntityManager()
                .createQuery("from CommitteeMemberEntity where organisationId = :organisation order by committeeRole, memberId",
                CommitteeMemberEntity.class).setParameter("organisation", organisation).getResultList();
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<CommitteeEntity, UUID> {
    }
}
