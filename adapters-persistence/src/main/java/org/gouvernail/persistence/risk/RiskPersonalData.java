package org.gouvernail.persistence.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.gouvernail.persistence.shared.PersonalRows;

/** Persistence adapter, personal data of the risk register: risks owned, raised or accepted, mitigation actions. */
@ApplicationScoped
public class RiskPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    RiskPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> columns() {
        return Set.of("risk.owner_id", "risk.raised_by", "risk.accepted_by", "risk_action.owner_id");
    }

    @Override
    public List<PersonalDataCategory> collect(DataSubject person) {
        PersonalRows rows = PersonalRows.of(entityManager, person);
        return List.of(
                rows.category(
                        "risk.risks",
                        "Risks the person owns, raised or accepted (GDPR art. 24 and 35, AI Act art. 26 risk management)",
                        "LEGITIMATE_INTEREST",
                        "While the risk is in the register",
                        List.of("riskId", "title", "status", "owner", "raiser", "acceptor", "raisedAt"),
                        """
                        select r.id, r.title, r.status, r.owner_id = :member, r.raised_by = :member, r.accepted_by = :member, r.raised_at
                        from risk r where r.organisation_id = :org and (r.owner_id = :member or r.raised_by = :member or r.accepted_by = :member)
                        order by r.raised_at, r.id"""),
                rows.category(
                        "risk.actions",
                        "Mitigation actions assigned to the person",
                        "LEGITIMATE_INTEREST",
                        "While the risk is in the register",
                        List.of("actionId", "riskId", "title", "dueDate", "status"),
                        """
                        select a.id, a.risk_id, a.title, a.due_date, a.status from risk_action a
                        where a.organisation_id = :org and a.owner_id = :member order by a.due_date, a.id"""));
    }
}
