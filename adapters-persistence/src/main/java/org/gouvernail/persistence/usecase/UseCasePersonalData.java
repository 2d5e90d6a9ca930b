package org.gouvernail.persistence.usecase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.gouvernail.persistence.shared.PersonalRows;

/** Persistence adapter, personal data of the use cases: those the person owns or created. */
@ApplicationScoped
public class UseCasePersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    UseCasePersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> columns() {
        return Set.of("use_case.owner_id", "use_case.created_by");
    }

    @Override
    public List<PersonalDataCategory> collect(DataSubject person) {
        PersonalRows rows = PersonalRows.of(entityManager, person);
        return List.of(rows.category(
                "usecase.use-cases",
                "AI use cases the person owns or proposed (AI Act classification, DPIA screening)",
                "LEGITIMATE_INTEREST",
                "While the use case is in the register",
                List.of("useCaseId", "title", "status", "owner", "creator", "createdAt"),
                """
                        select u.id, u.title, u.status, u.owner_id = :member, u.created_by = :member, u.created_at from use_case u
                        where u.organisation_id = :org and (u.owner_id = :member or u.created_by = :member) order by u.created_at, u.id"""));
    }
}
