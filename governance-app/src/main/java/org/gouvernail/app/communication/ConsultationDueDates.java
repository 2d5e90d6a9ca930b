package org.gouvernail.app.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.communication.CommunicationPlan;
import org.gouvernail.domain.communication.ConsultationDuty;
import org.gouvernail.domain.communication.port.out.CommunicationPlans;
import org.gouvernail.domain.organisation.OrganisationEvent.OrganisationUpdated;
import org.gouvernail.domain.organisation.OrganisationProfile;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Observer: when an organisation's country or staff size changes, the consultation it owes may
 * change too; the due dates kept beside its plans for the to-do list follow, in the transaction of
 * the change (the review reads the profile itself and needs nothing).
 */
@ApplicationScoped
public class ConsultationDueDates {

    private final CommunicationPlans plans;

    public ConsultationDueDates(CommunicationPlans plans) {
        this.plans = plans;
    }

    void onProfileChanged(@Observes OrganisationUpdated event) {
        OrganisationProfile before = event.before();
        OrganisationProfile after = event.after();
        if (before.country().equals(after.country())
                && Objects.equals(before.size().staff(), after.size().staff())) {
            return;
        }
        Optional<UUID> after200 = Optional.empty();
        do {
            Page<CommunicationPlan> page =
                    plans.list(event.organisationId(), new PageRequest(PageRequest.MAX_LIMIT, after200));
            for (CommunicationPlan plan : page.items()) {
                LocalDate due = ConsultationDuty.of(after, plan.details())
                        .map(ConsultationDuty::dueOn)
                        .orElse(null);
                plans.changeConsultationDue(plan.organisationId(), plan.id(), due);
            }
            after200 = page.continueAfter();
        } while (after200.isPresent());
    }
}
