package org.gouvernail.persistence.communication;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.communication.CommunicationPlan;
import org.gouvernail.domain.communication.CommunicationPlanId;
import org.gouvernail.domain.communication.PlanDetails;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table communication_plan, with the date its consultation is due (kept for the to-do list). */
@Entity
@Table(name = "communication_plan")
public class CommunicationPlanEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public String title;
    public String objective;
    public String initiative;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public UUID ownerId;
    public LocalDate goLive;
    public boolean changesWork;
    public boolean touchesAutomation;
    public LocalDate consultationDue;
    public UUID createdBy;
    public Instant createdAt;

    @Version
    public long version;

    static CommunicationPlanEntity from(CommunicationPlan plan, LocalDate consultationDue) {
        CommunicationPlanEntity entity = new CommunicationPlanEntity();
        entity.id = plan.id().value();
        entity.organisationId = plan.organisationId().value();
        entity.createdBy = plan.createdBy().value();
        entity.createdAt = plan.createdAt();
        entity.version = plan.version();
        entity.apply(plan, consultationDue);
        return entity;
    }

    void apply(CommunicationPlan plan, LocalDate due) {
        PlanDetails details = plan.details();
        title = details.title();
        objective = details.objective();
        initiative = details.initiative();
        periodStart = details.periodStart();
        periodEnd = details.periodEnd();
        ownerId = details.ownerId().value();
        goLive = details.goLive();
        changesWork = details.changesWork();
        touchesAutomation = details.touchesAutomation();
        consultationDue = due;
    }

    CommunicationPlan toDomain() {
        return new CommunicationPlan(
                new CommunicationPlanId(id),
                new OrganisationId(organisationId),
                new PlanDetails(
                        title,
                        objective,
                        initiative,
                        periodStart,
                        periodEnd,
                        new MemberId(ownerId),
                        goLive,
                        changesWork,
                        touchesAutomation),
                new MemberId(createdBy),
                createdAt,
                version);
    }
}
