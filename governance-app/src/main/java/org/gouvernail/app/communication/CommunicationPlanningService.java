package org.gouvernail.app.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.communication.CommunicationAction;
import org.gouvernail.domain.communication.CommunicationActionId;
import org.gouvernail.domain.communication.CommunicationDetails;
import org.gouvernail.domain.communication.CommunicationEvent.ActionPlanned;
import org.gouvernail.domain.communication.CommunicationEvent.ActionStatusChanged;
import org.gouvernail.domain.communication.CommunicationEvent.ActionUpdated;
import org.gouvernail.domain.communication.CommunicationEvent.PlanDrawnUp;
import org.gouvernail.domain.communication.CommunicationEvent.PlanUpdated;
import org.gouvernail.domain.communication.CommunicationFilter;
import org.gouvernail.domain.communication.CommunicationPlan;
import org.gouvernail.domain.communication.CommunicationPlanId;
import org.gouvernail.domain.communication.ConsultationDuty;
import org.gouvernail.domain.communication.MessageTemplate;
import org.gouvernail.domain.communication.MessageTemplates;
import org.gouvernail.domain.communication.PlanDetails;
import org.gouvernail.domain.communication.PlanReview;
import org.gouvernail.domain.communication.Proposal;
import org.gouvernail.domain.communication.Proposals;
import org.gouvernail.domain.communication.Proposals.ApprovedTool;
import org.gouvernail.domain.communication.Proposals.PolicyInForce;
import org.gouvernail.domain.communication.Timeline;
import org.gouvernail.domain.communication.port.in.CommunicationPlanning;
import org.gouvernail.domain.communication.port.out.CommunicationActions;
import org.gouvernail.domain.communication.port.out.CommunicationPlans;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.OrganisationProfile;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;

/** Use case service: communication and change plans and their actions, one transaction per call. */
@ApplicationScoped
public class CommunicationPlanningService implements CommunicationPlanning {

    private final CommunicationPlans plans;
    private final CommunicationActions actions;
    private final Organisations organisations;
    private final Memberships memberships;
    private final Policies policies;
    private final PolicyVersions versions;
    private final Tools tools;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the registers a plan reads its proposals from
    public CommunicationPlanningService(
            CommunicationPlans plans,
            CommunicationActions actions,
            Organisations organisations,
            Memberships memberships,
            Policies policies,
            PolicyVersions versions,
            Tools tools,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.organisations = organisations;
        this.memberships = memberships;
        this.policies = policies;
        this.versions = versions;
        this.tools = tools;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public List<MessageTemplate> templates() {
        return MessageTemplates.ALL;
    }

    @Override
    @Transactional
    public CommunicationPlan drawUp(Caller caller, OrganisationId organisationId, PlanDetails details) {
        Membership author = access.withRole(caller, organisationId, Role.GOVERNORS, "draw-up-communication-plan");
        requireMember(organisationId, details.ownerId(), null);
        CommunicationPlan plan = CommunicationPlan.drawUp(
                new CommunicationPlanId(ids.next()), organisationId, details, author.id(), clock.instant());
        plans.add(plan, consultationDue(organisationId, details));
        auditor.record(caller, new PlanDrawnUp(organisationId, plan.id(), details));
        return plan;
    }

    @Override
    @Transactional
    public Page<CommunicationPlan> plans(Caller caller, OrganisationId organisationId, PageRequest page) {
        access.member(caller, organisationId);
        return plans.list(organisationId, page);
    }

    @Override
    @Transactional
    public CommunicationPlan plan(Caller caller, OrganisationId organisationId, CommunicationPlanId planId) {
        access.member(caller, organisationId);
        return existing(organisationId, planId);
    }

    @Override
    @Transactional
    public CommunicationPlan update(
            Caller caller,
            OrganisationId organisationId,
            CommunicationPlanId planId,
            long expectedVersion,
            PlanDetails details) {
        Membership member = access.member(caller, organisationId);
        CommunicationPlan current = existing(organisationId, planId);
        requirePlanEditor(member, current, "change-communication-plan");
        StaleVersion.check("communication-plan", current.version(), expectedVersion);
        requireMember(organisationId, details.ownerId(), current.details().ownerId());
        CommunicationPlan updated =
                plans.update(current.withDetails(details), consultationDue(organisationId, details));
        auditor.record(caller, new PlanUpdated(organisationId, planId, current.details(), details));
        return updated;
    }

    @Override
    @Transactional
    public Reviewed review(Caller caller, OrganisationId organisationId, CommunicationPlanId planId) {
        access.member(caller, organisationId);
        CommunicationPlan plan = existing(organisationId, planId);
        return new Reviewed(plan, reviewOf(plan));
    }

    @Override
    @Transactional
    public Timeline timeline(Caller caller, OrganisationId organisationId, CommunicationPlanId planId) {
        access.member(caller, organisationId);
        CommunicationPlan plan = existing(organisationId, planId);
        List<CommunicationAction> all = actions.all(organisationId, planId);
        return Timeline.of(plan, PlanReview.of(profile(organisationId), plan, all, today()), all);
    }

    @Override
    @Transactional
    public List<Proposal> proposals(Caller caller, OrganisationId organisationId, CommunicationPlanId planId) {
        access.member(caller, organisationId);
        CommunicationPlan plan = existing(organisationId, planId);
        OrganisationProfile profile = profile(organisationId);
        List<CommunicationAction> all = actions.all(organisationId, planId);
        PlanReview review = PlanReview.of(profile, plan, all, today());
        return Proposals.of(
                review,
                all,
                policiesInForce(organisationId),
                approvedTools(organisationId),
                language(profile),
                today());
    }

    @Override
    @Transactional
    public CommunicationAction planAction(
            Caller caller, OrganisationId organisationId, CommunicationPlanId planId, CommunicationDetails details) {
        Membership member = access.member(caller, organisationId);
        CommunicationPlan plan = existing(organisationId, planId);
        requirePlanEditor(member, plan, "plan-communication-action");
        requireMember(organisationId, details.senderId(), null);
        if (actions.count(organisationId, planId) >= CommunicationPlan.MAX_ACTIONS) {
            throw new RuleViolation(
                    "communication-action-limit",
                    "a plan holds at most " + CommunicationPlan.MAX_ACTIONS + " actions",
                    CommunicationPlan.MAX_ACTIONS);
        }
        CommunicationAction action = CommunicationAction.plan(
                new CommunicationActionId(ids.next()), organisationId, planId, details, clock.instant());
        actions.add(action);
        auditor.record(caller, new ActionPlanned(organisationId, planId, action.id(), details));
        return action;
    }

    @Override
    @Transactional
    public Page<CommunicationAction> actions(
            Caller caller,
            OrganisationId organisationId,
            CommunicationPlanId planId,
            CommunicationFilter filter,
            PageRequest page) {
        access.member(caller, organisationId);
        existing(organisationId, planId);
        return actions.list(organisationId, planId, filter, page);
    }

    @Override
    @Transactional
    public CommunicationAction action(
            Caller caller, OrganisationId organisationId, CommunicationPlanId planId, CommunicationActionId actionId) {
        access.member(caller, organisationId);
        return existingAction(organisationId, planId, actionId);
    }

    @Override
    @Transactional
    public CommunicationAction updateAction(
            Caller caller,
            OrganisationId organisationId,
            CommunicationPlanId planId,
            CommunicationActionId actionId,
            long expectedVersion,
            CommunicationDetails details) {
        Membership member = access.member(caller, organisationId);
        CommunicationPlan plan = existing(organisationId, planId);
        CommunicationAction current = existingAction(organisationId, planId, actionId);
        requirePlanEditor(member, plan, "change-communication-action");
        StaleVersion.check("communication-action", current.version(), expectedVersion);
        requireMember(organisationId, details.senderId(), current.details().senderId());
        CommunicationAction updated = actions.update(current.withDetails(details));
        auditor.record(caller, new ActionUpdated(organisationId, actionId, current.details(), details));
        return updated;
    }

    @Override
    @Transactional
    public CommunicationAction markReady(
            Caller caller,
            OrganisationId organisationId,
            CommunicationPlanId planId,
            CommunicationActionId actionId,
            long expectedVersion) {
        return move(caller, organisationId, planId, actionId, expectedVersion, true, CommunicationAction::markReady);
    }

    @Override
    @Transactional
    public CommunicationAction markDone(
            Caller caller,
            OrganisationId organisationId,
            CommunicationPlanId planId,
            CommunicationActionId actionId,
            long expectedVersion,
            LocalDate doneOn,
            Integer peopleReached) {
        LocalDate today = today();
        return move(
                caller,
                organisationId,
                planId,
                actionId,
                expectedVersion,
                true,
                action -> action.markDone(doneOn == null ? today : doneOn, peopleReached, today));
    }

    @Override
    @Transactional
    public CommunicationAction cancel(
            Caller caller,
            OrganisationId organisationId,
            CommunicationPlanId planId,
            CommunicationActionId actionId,
            long expectedVersion) {
        return move(caller, organisationId, planId, actionId, expectedVersion, false, CommunicationAction::cancel);
    }

    /** A change of status: by the plan's editors, or by the action's sender when {@code bySender}. */
    private CommunicationAction move(
            Caller caller,
            OrganisationId organisationId,
            CommunicationPlanId planId,
            CommunicationActionId actionId,
            long expectedVersion,
            boolean bySender,
            Function<CommunicationAction, CommunicationAction> change) {
        Membership member = access.member(caller, organisationId);
        CommunicationPlan plan = existing(organisationId, planId);
        CommunicationAction current = existingAction(organisationId, planId, actionId);
        boolean sender = bySender
                && member.holdsAny(Role.CONTRIBUTORS)
                && member.id().equals(current.details().senderId());
        if (!sender) {
            requirePlanEditor(member, plan, "change-communication-action");
        }
        StaleVersion.check("communication-action", current.version(), expectedVersion);
        CommunicationAction updated = actions.update(change.apply(current));
        auditor.record(caller, new ActionStatusChanged(current, updated));
        return updated;
    }

    private PlanReview reviewOf(CommunicationPlan plan) {
        return PlanReview.of(
                profile(plan.organisationId()), plan, actions.all(plan.organisationId(), plan.id()), today());
    }

    /** The policy versions in force with their policies' titles: two queries, whatever the number of policies (at most 200 read). */
    private List<PolicyInForce> policiesInForce(OrganisationId organisationId) {
        Map<PolicyId, String> titles =
                policies.list(organisationId, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                        .collect(Collectors.toMap(Policy::id, Policy::title));
        return versions.published(organisationId).stream()
                .filter(version -> titles.containsKey(version.policyId()))
                .map(version -> new PolicyInForce(
                        version.id().value(),
                        titles.get(version.policyId()),
                        version.content().summary()))
                .toList();
    }

    /** The approved tools (with or without conditions), the first 200 of each status. */
    private List<ApprovedTool> approvedTools(OrganisationId organisationId) {
        return Stream.of(ToolStatus.APPROVED, ToolStatus.APPROVED_WITH_CONDITIONS)
                .flatMap(status -> tools
                        .list(
                                organisationId,
                                new ToolFilter(
                                        java.util.Optional.of(status),
                                        java.util.Optional.empty(),
                                        java.util.Optional.empty(),
                                        java.util.Optional.empty()),
                                PageRequest.first(PageRequest.MAX_LIMIT))
                        .items()
                        .stream())
                .map(tool -> new ApprovedTool(
                        tool.id().value(), tool.details().name(), tool.details().teams()))
                .toList();
    }

    private LocalDate consultationDue(OrganisationId organisationId, PlanDetails details) {
        return ConsultationDuty.of(profile(organisationId), details)
                .map(ConsultationDuty::dueOn)
                .orElse(null);
    }

    private OrganisationProfile profile(OrganisationId organisationId) {
        return organisations
                .find(organisationId)
                .orElseThrow(() -> new NotFound("organisation", organisationId))
                .profile();
    }

    private static Language language(OrganisationProfile profile) {
        return Language.of(profile.locale());
    }

    private static void requirePlanEditor(Membership member, CommunicationPlan plan, String action) {
        if (!member.holdsAny(Role.GOVERNORS) && !(member.holdsAny(Role.CONTRIBUTORS) && plan.ownedBy(member.id()))) {
            throw new Forbidden(action);
        }
    }

    /** A newly named owner or sender must be a member of the organisation who has not been removed. */
    private void requireMember(OrganisationId organisationId, MemberId memberId, MemberId unchanged) {
        if (Objects.equals(memberId, unchanged)) {
            return;
        }
        Membership member =
                memberships.find(organisationId, memberId).orElseThrow(() -> new NotFound("member", memberId));
        if (member.status() == MembershipStatus.REVOKED) {
            throw new RuleViolation("member-revoked", "member " + memberId + " was removed from the organisation");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private CommunicationPlan existing(OrganisationId organisationId, CommunicationPlanId planId) {
        return plans.find(organisationId, planId).orElseThrow(() -> new NotFound("communication-plan", planId));
    }

    /** The action, when it belongs to this plan: an action named under another plan's path is unknown there. */
    private CommunicationAction existingAction(
            OrganisationId organisationId, CommunicationPlanId planId, CommunicationActionId actionId) {
        return actions.find(organisationId, actionId)
                .filter(action -> action.planId().equals(planId))
                .orElseThrow(() -> new NotFound("communication-action", actionId));
    }
}
