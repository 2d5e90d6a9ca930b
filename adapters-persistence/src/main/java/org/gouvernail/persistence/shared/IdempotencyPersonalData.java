package org.gouvernail.persistence.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;

/** Persistence adapter, personal data of the idempotency store: the person's retried requests and the responses kept to answer them. */
@ApplicationScoped
public class IdempotencyPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    IdempotencyPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> columns() {
        return Set.of("idempotency_record.subject");
    }

    @Override
    public List<PersonalDataCategory> collect(DataSubject person) {
        PersonalRows rows = PersonalRows.of(entityManager, person);
        return List.of(rows.category(
                "shared.idempotency-records",
                "Requests the person sent with an Idempotency-Key in this organisation, and the response kept to answer a retry the same way",
                "LEGITIMATE_INTEREST",
                "24 hours (GOUVERNAIL_IDEMPOTENCY_TTL)",
                List.of("method", "path", "status", "reservedAt", "expiresAt"),
                """
                        select i.request_method, i.request_path, i.response_status, i.reserved_at, i.expires_at from idempotency_record i
                        where i.subject = :subject and i.request_path like concat('/api/v1/organisations/', :org, '/%')
                        order by i.reserved_at, i.idempotency_key"""));
    }
}
