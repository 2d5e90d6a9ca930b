package org.gouvernail.persistence.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.policy.Acknowledgement;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.port.out.Acknowledgements;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.persistence.shared.InList;

/** Persistence adapter: the members' acknowledgements of published versions, inserted once and never updated. */
@ApplicationScoped
public class PanacheAcknowledgements implements Acknowledgements {

    private final Repository repository;

    PanacheAcknowledgements(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(Acknowledgement acknowledgement) {
        repository.persist(AcknowledgementEntity.from(acknowledgement));
    }

    @Override
    public Optional<Acknowledgement> find(OrganisationId organisationId, VersionId versionId, MemberId memberId) {
        return repository
                .find(
                        "organisationId = ?1 and versionId = ?2 and memberId = ?3",
                        organisationId.value(),
                        versionId.value(),
                        memberId.value())
                .firstResultOptional()
                .map(AcknowledgementEntity::toDomain);
    }

    @Override
    public List<Acknowledgement> list(OrganisationId organisationId, VersionId versionId) {
        return repository
                .find(
                        "organisationId = ?1 and versionId = ?2 order by acknowledgedAt, memberId",
                        organisationId.value(),
                        versionId.value())
                .list()
                .stream()
                .map(AcknowledgementEntity::toDomain)
                .toList();
    }

    @Override
    public List<Acknowledgement> ofVersions(
            Collection<VersionId> versionIds, Optional<Collection<MemberId>> memberIds) {
        if (versionIds.isEmpty() || memberIds.map(Collection::isEmpty).orElse(false)) {
            return List.of();
        }
        InList versions = InList.anyLength(
                "version", versionIds.stream().map(VersionId::value).toList());
        Optional<InList> members = memberIds.map(ids ->
                InList.anyLength("member", ids.stream().map(MemberId::value).toList()));
        TypedQuery<AcknowledgementEntity> query = versions.bind(repository
                .getEntityManager()
                .createQuery(
                        "from AcknowledgementEntity where versionId in " + versions.parameters()
                                + members.map(m -> " and memberId in " + m.parameters())
                                        .orElse("")
                                + " order by acknowledgedAt, memberId",
                        AcknowledgementEntity.class));
        members.ifPresent(m -> m.bind(query));
        return query.getResultList().stream()
                .map(AcknowledgementEntity::toDomain)
                .toList();
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<AcknowledgementEntity, AcknowledgementEntity.Key> {}
}
