package org.gouvernail.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.gouvernail.persistence.shared.PersonalRows;

/** Persistence adapter, personal data of the audit trail: the changes the person made. */
@ApplicationScoped
public class AuditPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    AuditPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> columns() {
        return Set.of("audit_event.actor_subject", "audit_event.actor_name");
    }

    @Override
    public List<PersonalDataCategory> collect(DataSubject person) {
        PersonalRows rows = PersonalRows.of(entityManager, person);
        return List.of(rows.category(
                "audit.actions",
                "Changes the person made (accountability, GDPR art. 5(2)), without their summaries, which name other people (art. 15(4)); confidential and anonymous acts name no actor and are not listed",
                "LEGITIMATE_INTEREST",
                "As the audit trail: 5 years after the event by default (organisation retention rule audit-events)",
                List.of("occurredAt", "action", "subjectType", "subjectId"),
                """
                        select a.occurred_at, a.action, a.subject_type, a.subject_id from audit_event a
                        where a.organisation_id = :org and a.actor_subject = :subject order by a.occurred_at, a.id"""));
    }
}
