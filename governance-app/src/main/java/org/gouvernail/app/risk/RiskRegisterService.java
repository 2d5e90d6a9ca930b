package org.gouvernail.app.risk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.risk.ActionDetails;
import org.gouvernail.domain.risk.ActionId;
import org.gouvernail.domain.risk.CatalogueEntry;
import org.gouvernail.domain.risk.MitigationAction;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskCatalogue;
import org.gouvernail.domain.risk.RiskDetails;
import org.gouvernail.domain.risk.RiskDraft;
import org.gouvernail.domain.risk.RiskEvent.ActionAdded;
import org.gouvernail.domain.risk.RiskEvent.ActionRemoved;
import org.gouvernail.domain.risk.RiskEvent.ActionUpdated;
import org.gouvernail.domain.risk.RiskEvent.RiskAccepted;
import org.gouvernail.domain.risk.RiskEvent.RiskRaised;
import org.gouvernail.domain.risk.RiskEvent.RiskRemoved;
import org.gouvernail.domain.risk.RiskEvent.RiskStatusChanged;
import org.gouvernail.domain.risk.RiskEvent.RiskUpdated;
import org.gouvernail.domain.risk.RiskFilter;
import org.gouvernail.domain.risk.RiskHeatmap;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.RiskStatus;
import org.gouvernail.domain.risk.port.in.RiskRegister;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.shared.StaleVersion;

/** Use case service: the risk register, one transaction per call. */
@ApplicationScoped
public class RiskRegisterService implements RiskRegister {

    private final Risks risks;
    private final Tools tools;
    private final Memberships memberships;
    private final Organisations organisations;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public RiskRegisterService(
            Risks risks,
            Tools tools,
            Memberships memberships,
            Organisations organisations,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.risks = risks;
        this.tools = tools;
        this.memberships = memberships;
        this.organisations = organisations;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public List<CatalogueEntry> catalogue() {
        return RiskCatalogue.ENTRIES;
    }

    @Override
    @Transactional
    public Risk raise(Caller caller, OrganisationId organisationId, RiskDraft draft) {
        Membership raiser = access.withRole(caller, organisationId, Role.CONTRIBUTORS, "raise-risk");
        String locale = organisations
                .find(organisationId)
                .orElseThrow(() -> new NotFound("organisation", organisationId))
                .profile()
                .locale();
        RiskDetails details = draft.details(locale);
        requireInOrganisation(organisationId, details.toolIds(), Set.of());
        requireOwner(organisationId, details.ownerId(), null);
        List<MitigationAction> actions = draft.suggestedActions(locale).stream()
                .map(title ->
                        new MitigationAction(new ActionId(ids.next()), new ActionDetails(title, null, null, null)))
                .toList();
        String entry = draft.entry().map(CatalogueEntry::id).orElse(null);
        Risk risk = Risk.raise(
                new RiskId(ids.next()), organisationId, details, actions, entry, raiser.id(), clock.instant());
        risks.add(risk);
        auditor.record(caller, new RiskRaised(organisationId, risk.id(), details, entry, actions.size()));
        return risk;
    }

    @Override
    @Transactional
    public Page<Risk> risks(Caller caller, OrganisationId organisationId, RiskFilter filter, PageRequest page) {
        access.member(caller, organisationId);
        return risks.list(organisationId, filter, today(), page);
    }

    @Override
    @Transactional
    public Risk risk(Caller caller, OrganisationId organisationId, RiskId riskId) {
        access.member(caller, organisationId);
        return existing(organisationId, riskId);
    }

    @Override
    @Transactional
    public Risk update(
            Caller caller, OrganisationId organisationId, RiskId riskId, long expectedVersion, RiskDetails details) {
        Risk current = editable(caller, organisationId, riskId, "change-risk", expectedVersion);
        requireInOrganisation(
                organisationId, details.toolIds(), current.details().toolIds());
        requireOwner(organisationId, details.ownerId(), current.details().ownerId());
        Risk updated = risks.update(current.withDetails(details));
        auditor.record(caller, new RiskUpdated(organisationId, riskId, current.details(), details));
        return updated;
    }

    @Override
    @Transactional
    public Risk changeStatus(
            Caller caller, OrganisationId organisationId, RiskId riskId, long expectedVersion, RiskStatus target) {
        Risk current = editable(caller, organisationId, riskId, "change-risk-status", expectedVersion);
        Risk updated = risks.update(current.moveTo(target));
        auditor.record(caller, new RiskStatusChanged(organisationId, riskId, current.status(), target));
        return updated;
    }

    @Override
    @Transactional
    public Risk accept(
            Caller caller, OrganisationId organisationId, RiskId riskId, long expectedVersion, String rationale) {
        Membership governor = access.withRole(caller, organisationId, Role.GOVERNORS, "accept-risk");
        Risk current = expectVersion(existing(organisationId, riskId), expectedVersion);
        Risk accepted = risks.update(current.accept(rationale, governor.id(), clock.instant()));
        auditor.record(caller, new RiskAccepted(current, accepted));
        return accepted;
    }

    @Override
    @Transactional
    public void remove(Caller caller, OrganisationId organisationId, RiskId riskId, long expectedVersion) {
        access.withRole(caller, organisationId, Role.REVIEWERS, "remove-risk");
        Risk current = expectVersion(existing(organisationId, riskId), expectedVersion);
        risks.remove(organisationId, riskId, expectedVersion);
        auditor.record(
                caller,
                new RiskRemoved(organisationId, riskId, current.details().title(), current.status()));
    }

    @Override
    @Transactional
    public RiskHeatmap heatmap(Caller caller, OrganisationId organisationId) {
        access.member(caller, organisationId);
        return RiskHeatmap.of(risks.openRatings(organisationId));
    }

    @Override
    @Transactional
    public Actioned action(Caller caller, OrganisationId organisationId, RiskId riskId, ActionId actionId) {
        access.member(caller, organisationId);
        Risk risk = existing(organisationId, riskId);
        return new Actioned(risk, risk.action(actionId));
    }

    @Override
    @Transactional
    public Actioned addAction(Caller caller, OrganisationId organisationId, RiskId riskId, ActionDetails details) {
        // the caller sent no If-Match: two additions at once both succeed, one after the other, none reads as stale
        risks.lockForChange(organisationId, riskId);
        Membership member = access.member(caller, organisationId);
        Risk current = existing(organisationId, riskId);
        requireRiskEditor(member, current, "manage-risk-action");
        requireOwner(organisationId, details.ownerId(), null);
        MitigationAction action = new MitigationAction(new ActionId(ids.next()), details);
        Risk updated = risks.update(current.addAction(action));
        auditor.record(caller, new ActionAdded(organisationId, riskId, action.id(), details));
        return new Actioned(updated, updated.action(action.id()));
    }

    @Override
    @Transactional
    public Actioned updateAction(
            Caller caller,
            OrganisationId organisationId,
            RiskId riskId,
            ActionId actionId,
            long expectedVersion,
            ActionDetails details) {
        Membership member = access.member(caller, organisationId);
        Risk current = existing(organisationId, riskId);
        MitigationAction before = current.action(actionId);
        boolean actionOwner = member.holdsAny(Role.CONTRIBUTORS)
                && member.id().equals(before.details().ownerId());
        if (!actionOwner) {
            requireRiskEditor(member, current, "manage-risk-action");
        }
        expectVersion(current, expectedVersion);
        requireOwner(organisationId, details.ownerId(), before.details().ownerId());
        Risk updated = risks.update(current.changeAction(actionId, details));
        auditor.record(caller, new ActionUpdated(organisationId, riskId, actionId, before.details(), details));
        return new Actioned(updated, updated.action(actionId));
    }

    @Override
    @Transactional
    public Risk removeAction(
            Caller caller, OrganisationId organisationId, RiskId riskId, ActionId actionId, long expectedVersion) {
        Membership member = access.member(caller, organisationId);
        Risk current = existing(organisationId, riskId);
        MitigationAction before = current.action(actionId);
        requireRiskEditor(member, current, "manage-risk-action");
        expectVersion(current, expectedVersion);
        Risk updated = risks.update(current.removeAction(actionId));
        auditor.record(caller, new ActionRemoved(organisationId, riskId, actionId, before.details()));
        return updated;
    }

    /** The risk, once the caller is known to be allowed to edit it and read the version they change. */
    private Risk editable(
            Caller caller, OrganisationId organisationId, RiskId riskId, String action, long expectedVersion) {
        Membership member = access.member(caller, organisationId);
        Risk current = existing(organisationId, riskId);
        requireRiskEditor(member, current, action);
        return expectVersion(current, expectedVersion);
    }

    private static void requireRiskEditor(Membership member, Risk risk, String action) {
        if (!member.holdsAny(Role.REVIEWERS) && !(member.holdsAny(Role.CONTRIBUTORS) && risk.ownedBy(member.id()))) {
            throw new Forbidden(action);
        }
    }

    /** Every newly linked tool must be one of the organisation's: another organisation's tool is unknown here. */
    private void requireInOrganisation(OrganisationId organisationId, Set<ToolId> wanted, Set<ToolId> alreadyLinked) {
        for (ToolId toolId : wanted) {
            if (!alreadyLinked.contains(toolId)
                    && tools.find(organisationId, toolId).isEmpty()) {
                throw new NotFound("tool", toolId);
            }
        }
    }

    /** A new owner must be a member of the organisation who has not been removed. */
    private void requireOwner(OrganisationId organisationId, MemberId ownerId, MemberId unchanged) {
        if (ownerId == null || Objects.equals(ownerId, unchanged)) {
            return;
        }
        Membership owner = memberships.find(organisationId, ownerId).orElseThrow(() -> new NotFound("member", ownerId));
        if (owner.status() == MembershipStatus.REVOKED) {
            throw new RuleViolation("member-revoked", "member " + ownerId + " was removed from the organisation");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Risk existing(OrganisationId organisationId, RiskId riskId) {
        return risks.find(organisationId, riskId).orElseThrow(() -> new NotFound("risk", riskId));
    }

    private static Risk expectVersion(Risk risk, long expected) {
        StaleVersion.check("risk", risk.version(), expected);
        return risk;
    }
}
