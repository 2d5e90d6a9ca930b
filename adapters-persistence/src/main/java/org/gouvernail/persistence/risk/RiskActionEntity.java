package org.gouvernail.persistence.risk;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.risk.ActionDetails;
import org.gouvernail.domain.risk.ActionId;
import org.gouvernail.domain.risk.ActionStatus;
import org.gouvernail.domain.risk.MitigationAction;

/** Row of table risk_action: one mitigation action; its version is its risk's. */
@Entity
@Table(name = "risk_action")
public class RiskActionEntity {

    @Id
    public UUID id;
    public UUID organisationId;
    public UUID riskId;
    public String title;
    public UUID ownerId;
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public ActionStatus status;

    static RiskActionEntity of(UUID organisationId, UUID riskId, MitigationAction action) {
        RiskActionEntity entity = new RiskActionEntity();
        entity.id = action.id().value();
        entity.organisationId = organisationId;
        entity.riskId = riskId;
        entity.apply(action);
        return entity;
    }

    void apply(MitigationAction action) {
        ActionDetails details = action.details();
        title = details.title();
        ownerId = details.ownerId() == null ? null : details.ownerId().value();
        dueDate = details.dueDate();
        status = details.status();
    }

    MitigationAction toDomain() {
        return new MitigationAction(new ActionId(id),
                new ActionDetails(title, ownerId == null ? null : new MemberId(ownerId), dueDate, status));
    }
}
