package org.gouvernail.app.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.incident.IncidentAction;
import org.gouvernail.domain.incident.IncidentActionId;
import org.gouvernail.domain.incident.IncidentEvent.ActionPlanned;
import org.gouvernail.domain.incident.IncidentEvent.ActionSettled;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.port.in.IncidentActionPlan;
import org.gouvernail.domain.incident.port.out.IncidentActions;
import org.gouvernail.domain.incident.port.out.Incidents;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;

/** Use case service: the actions of an incident's response, one transaction per call. */
@ApplicationScoped
public class IncidentActionService implements IncidentActionPlan {

    private final Incidents incidents;
    private final IncidentActions actions;
    private final Memberships memberships;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public IncidentActionService(
            Incidents incidents,
            IncidentActions actions,
            Memberships memberships,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.incidents = incidents;
        this.actions = actions;
        this.memberships = memberships;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public IncidentAction plan(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            String title,
            MemberId ownerId,
            LocalDate dueOn) {
        Membership handler = access.withRole(caller, organisationId, Role.REVIEWERS, "handle-incident");
        requireIncident(organisationId, incidentId);
        if (ownerId != null) {
            Membership owner =
                    memberships.find(organisationId, ownerId).orElseThrow(() -> new NotFound("member", ownerId));
            if (!owner.isActive()) {
                throw new NotFound("member", ownerId);
            }
        }
        if (actions.count(organisationId, incidentId) >= IncidentAction.MAX_PER_INCIDENT) {
            throw new RuleViolation(
                    "incident-action-limit",
                    "an incident has at most " + IncidentAction.MAX_PER_INCIDENT + " actions",
                    IncidentAction.MAX_PER_INCIDENT);
        }
        IncidentAction action = IncidentAction.plan(
                new IncidentActionId(ids.next()),
                organisationId,
                incidentId,
                title,
                ownerId,
                dueOn,
                handler.id(),
                clock.instant());
        actions.add(action);
        auditor.record(caller, new ActionPlanned(organisationId, incidentId, action));
        return action;
    }

    @Override
    @Transactional
    public List<IncidentAction> actions(Caller caller, OrganisationId organisationId, IncidentId incidentId) {
        access.member(caller, organisationId);
        requireIncident(organisationId, incidentId);
        return actions.of(organisationId, incidentId);
    }

    @Override
    @Transactional
    public IncidentAction action(
            Caller caller, OrganisationId organisationId, IncidentId incidentId, IncidentActionId actionId) {
        access.member(caller, organisationId);
        return existing(organisationId, incidentId, actionId);
    }

    @Override
    @Transactional
    public IncidentAction complete(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            IncidentActionId actionId,
            long expectedVersion,
            String note) {
        Membership member = access.member(caller, organisationId);
        IncidentAction current = existing(organisationId, incidentId, actionId);
        if (!member.holdsAny(Role.REVIEWERS) && !member.id().equals(current.ownerId())) {
            throw new Forbidden("complete-incident-action");
        }
        StaleVersion.check("incident-action", current.version(), expectedVersion);
        IncidentAction done = actions.update(current.done(note, member.id(), clock.instant()));
        auditor.record(caller, new ActionSettled(organisationId, incidentId, done));
        return done;
    }

    @Override
    @Transactional
    public IncidentAction cancel(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            IncidentActionId actionId,
            long expectedVersion,
            String reason) {
        Membership handler = access.withRole(caller, organisationId, Role.REVIEWERS, "handle-incident");
        IncidentAction current = existing(organisationId, incidentId, actionId);
        StaleVersion.check("incident-action", current.version(), expectedVersion);
        IncidentAction cancelled = actions.update(current.cancel(reason, handler.id(), clock.instant()));
        auditor.record(caller, new ActionSettled(organisationId, incidentId, cancelled));
        return cancelled;
    }

    private void requireIncident(OrganisationId organisationId, IncidentId incidentId) {
        if (incidents.find(organisationId, incidentId).isEmpty()) {
            throw new NotFound("incident", incidentId);
        }
    }

    private IncidentAction existing(OrganisationId organisationId, IncidentId incidentId, IncidentActionId actionId) {
        return actions.find(organisationId, incidentId, actionId)
                .orElseThrow(() -> new NotFound("incident-action", actionId));
    }
}
