package org.gouvernail.domain.communication.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.communication.CommunicationPlan;
import org.gouvernail.domain.communication.CommunicationPlanId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the stored communication plans of one organisation. */
public interface CommunicationPlans {

    /**
     * Stores a new plan with the date its consultation of worker representatives is due ({@code null}
     * when it owes none): kept beside the plan so that the to-do list finds what is due in one query.
     */
    void add(CommunicationPlan plan, LocalDate consultationDue);

    Optional<CommunicationPlan> find(OrganisationId organisationId, CommunicationPlanId id);

    /** Saves a changed plan and its consultation due date; StaleVersion if it changed since it was read. */
    CommunicationPlan update(CommunicationPlan plan, LocalDate consultationDue);

    /**
     * Replaces the consultation due date of a plan without changing the plan (nor its version): it is
     * derived from the organisation's profile, which changed.
     */
    void changeConsultationDue(OrganisationId organisationId, CommunicationPlanId id, LocalDate consultationDue);

    /** Oldest first. */
    Page<CommunicationPlan> list(OrganisationId organisationId, PageRequest page);

    /**
     * Plans of these organisations whose consultation is due before {@code until} and that no done
     * action carries yet, soonest first, at most {@code limit}: one query.
     */
    List<ConsultationDue> consultationsDue(List<OrganisationId> organisationIds, LocalDate until, int limit);

    /** A plan that owes its consultation, and by when. */
    record ConsultationDue(CommunicationPlan plan, LocalDate dueOn) {}
}
