package org.gouvernail.persistence.committee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.RequestId;
import org.gouvernail.domain.committee.RequestStatus;
import org.gouvernail.domain.committee.port.out.ApprovalRequests;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.Keyset;
import org.gouvernail.persistence.shared.Versions;

/** Persistence adapter: the approval requests queued for the committee. */
@ApplicationScoped
public class PanacheApprovalRequests implements ApprovalRequests {

    private final Repository repository;

    PanacheApprovalRequests(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void add(ApprovalRequest request) {
        repository.persist(ApprovalRequestEntity.from(request));
    }

    @Override
    public Optional<ApprovalRequest> find(OrganisationId organisationId, RequestId id) {
        return entity(organisationId, id).map(ApprovalRequestEntity::toDomain);
    }

    @Override
    public ApprovalRequest update(ApprovalRequest request) {
        ApprovalRequestEntity entity = entity(request.organisationId(), request.id())
                .orElseThrow(() -> new NotFound("approval-request", request.id()));
        Versions.expect("approval request", entity.version, request.version());
        entity.apply(request);
        Versions.flush(repository.getEntityManager(), "approval request", request.version());
        return entity.toDomain();
    }

    @Override
    public Page<ApprovalRequest> list(OrganisationId organisationId, RequestStatus status, PageRequest page) {
        StringBuilder query = new StringBuilder("from ApprovalRequestEntity r where r.organisationId = :organisation");
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        if (status != null) {
            query.append(" and r.status = :status");
            parameters.and("status", status);
        }
        String paged = Keyset.after(query.toString(), page, parameters, false, "r.id");
        List<ApprovalRequestEntity> slice = repository
                .find(paged + " order by r.id", parameters)
                .page(0, page.limit() + 1)
                .list();
        return Keyset.page(
                slice,
                page,
                ApprovalRequestEntity::toDomain,
                request -> request.id().value());
    }

    private Optional<ApprovalRequestEntity> entity(OrganisationId organisationId, RequestId id) {
        return repository
                .find("organisationId = ?1 and id = ?2", organisationId.value(), id.value())
                .firstResultOptional();
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<ApprovalRequestEntity, UUID> {}
}
