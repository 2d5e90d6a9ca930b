package org.gouvernail.persistence.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.audit.port.out.AuditTrail;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.persistence.shared.Keyset;

/** Persistence adapter: the append-only audit trail in MariaDB. */
@ApplicationScoped
public class PanacheAuditTrail implements AuditTrail {

    private final Repository repository;

    PanacheAuditTrail(Repository repository) {
        this.repository = repository;
    }

    @Override
    public void append(AuditEvent event) {
        repository.persist(AuditEventEntity.from(event));
    }

    @Override
    public Page<AuditEvent> list(OrganisationId organisationId, PageRequest page) {
        Parameters parameters = Parameters.with("organisation", organisationId.value());
        String query = Keyset.after("organisationId = :organisation", page, parameters, true);
        return Keyset.page(
                repository
                        .find(query + " order by id desc", parameters)
                        .page(0, page.limit() + 1)
                        .list(),
                page,
                AuditEventEntity::toDomain,
                AuditEvent::id);
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<AuditEventEntity, UUID> {}
}
