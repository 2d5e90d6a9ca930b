package org.gouvernail.persistence.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.gouvernail.persistence.shared.PersonalRows;

/** Persistence adapter, personal data of the communication plans: actions the person sends, plans they own. */
@ApplicationScoped
public class CommunicationPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    CommunicationPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> columns() {
        return Set.of("communication_action.sender_id", "communication_plan.owner_id", "communication_plan.created_by");
    }

    @Override
    public List<PersonalDataCategory> collect(DataSubject person) {
        PersonalRows rows = PersonalRows.of(entityManager, person);
        return List.of(
                rows.category(
                        "communication.actions",
                        "Communication actions the person is the sender of (information of staff and volunteers)",
                        "LEGITIMATE_INTEREST",
                        "For the life of the plan",
                        List.of("actionId", "planId", "audience", "channel", "plannedDate", "status"),
                        """
                        select a.id, a.plan_id, a.audience, a.channel, a.planned_date, a.status from communication_action a
                        where a.organisation_id = :org and a.sender_id = :member order by a.planned_date, a.id"""),
                rows.category(
                        "communication.plans",
                        "Communication plans the person owns or created",
                        "LEGITIMATE_INTEREST",
                        "For the life of the plan",
                        List.of("planId", "title", "owner", "creator", "createdAt"),
                        """
                        select p.id, p.title, p.owner_id = :member, p.created_by = :member, p.created_at from communication_plan p
                        where p.organisation_id = :org and (p.owner_id = :member or p.created_by = :member) order by p.created_at, p.id"""));
    }
}
