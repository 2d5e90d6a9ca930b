package org.gouvernail.domain.communication.port.in;

import java.time.LocalDate;
import java.util.List;
import org.gouvernail.domain.communication.CommunicationAction;
import org.gouvernail.domain.communication.CommunicationActionId;
import org.gouvernail.domain.communication.CommunicationDetails;
import org.gouvernail.domain.communication.CommunicationFilter;
import org.gouvernail.domain.communication.CommunicationPlan;
import org.gouvernail.domain.communication.CommunicationPlanId;
import org.gouvernail.domain.communication.MessageTemplate;
import org.gouvernail.domain.communication.PlanDetails;
import org.gouvernail.domain.communication.PlanReview;
import org.gouvernail.domain.communication.Proposal;
import org.gouvernail.domain.communication.Timeline;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Use cases: communication and change plans. Every member reads them; ADMIN or COMMITTEE draw up a
 * plan; they and the plan's owner change it and plan, change or cancel its actions; an action's
 * sender may also mark it ready or done.
 */
public interface CommunicationPlanning {

    /** The reference message templates, for anyone signed in. */
    List<MessageTemplate> templates();

    CommunicationPlan drawUp(Caller caller, OrganisationId organisationId, PlanDetails details);

    Page<CommunicationPlan> plans(Caller caller, OrganisationId organisationId, PageRequest page);

    CommunicationPlan plan(Caller caller, OrganisationId organisationId, CommunicationPlanId planId);

    CommunicationPlan update(
            Caller caller,
            OrganisationId organisationId,
            CommunicationPlanId planId,
            long expectedVersion,
            PlanDetails details);

    /** The consultation step, the warnings and the coverage of a plan, as of today. */
    Reviewed review(Caller caller, OrganisationId organisationId, CommunicationPlanId planId);

    Timeline timeline(Caller caller, OrganisationId organisationId, CommunicationPlanId planId);

    /** What the plan should hold and does not yet, from the law, the plan and the registers. */
    List<Proposal> proposals(Caller caller, OrganisationId organisationId, CommunicationPlanId planId);

    CommunicationAction planAction(
            Caller caller, OrganisationId organisationId, CommunicationPlanId planId, CommunicationDetails details);

    Page<CommunicationAction> actions(
            Caller caller,
            OrganisationId organisationId,
            CommunicationPlanId planId,
            CommunicationFilter filter,
            PageRequest page);

    CommunicationAction action(
            Caller caller, OrganisationId organisationId, CommunicationPlanId planId, CommunicationActionId actionId);

    CommunicationAction updateAction(
            Caller caller,
            OrganisationId organisationId,
            CommunicationPlanId planId,
            CommunicationActionId actionId,
            long expectedVersion,
            CommunicationDetails details);

    CommunicationAction markReady(
            Caller caller,
            OrganisationId organisationId,
            CommunicationPlanId planId,
            CommunicationActionId actionId,
            long expectedVersion);

    CommunicationAction markDone(
            Caller caller,
            OrganisationId organisationId,
            CommunicationPlanId planId,
            CommunicationActionId actionId,
            long expectedVersion,
            LocalDate doneOn,
            Integer peopleReached);

    CommunicationAction cancel(
            Caller caller,
            OrganisationId organisationId,
            CommunicationPlanId planId,
            CommunicationActionId actionId,
            long expectedVersion);

    /** Read model: a plan's review with the plan it reviews (its ETag qualifies the review's). */
    record Reviewed(CommunicationPlan plan, PlanReview review) {}
}
