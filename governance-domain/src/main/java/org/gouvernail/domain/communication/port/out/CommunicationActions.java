package org.gouvernail.domain.communication.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.communication.CommunicationAction;
import org.gouvernail.domain.communication.CommunicationActionId;
import org.gouvernail.domain.communication.CommunicationFilter;
import org.gouvernail.domain.communication.CommunicationPlanId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the stored communication actions, each with its concerns and linked subjects. */
public interface CommunicationActions {

    void add(CommunicationAction action);

    Optional<CommunicationAction> find(OrganisationId organisationId, CommunicationActionId id);

    /** Saves a changed action; StaleVersion if it changed since it was read. */
    CommunicationAction update(CommunicationAction action);

    /** The plan's actions, oldest first. */
    Page<CommunicationAction> list(
            OrganisationId organisationId, CommunicationPlanId planId, CommunicationFilter filter, PageRequest page);

    /** Every action of the plan (at most CommunicationPlan.MAX_ACTIONS), planned date order, for its views. */
    List<CommunicationAction> all(OrganisationId organisationId, CommunicationPlanId planId);

    long count(OrganisationId organisationId, CommunicationPlanId planId);

    /**
     * Open actions (PLANNED or READY) these members send, planned before {@code until}, soonest first,
     * at most {@code limit}: one query whatever the number of members.
     */
    List<CommunicationAction> openSentBy(List<MemberId> senders, LocalDate until, int limit);

    /** Open actions of one organisation planned before {@code until}, soonest first, at most {@code limit}. */
    List<CommunicationAction> openIn(OrganisationId organisationId, LocalDate until, int limit);
}
