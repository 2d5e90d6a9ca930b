package org.gouvernail.app.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.incident.DutyCode;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentEvent.ChecklistStepTicked;
import org.gouvernail.domain.incident.IncidentEvent.DutySettled;
import org.gouvernail.domain.incident.IncidentEvent.IncidentReported;
import org.gouvernail.domain.incident.IncidentEvent.IncidentStatusChanged;
import org.gouvernail.domain.incident.IncidentEvent.SeverityOverridden;
import org.gouvernail.domain.incident.IncidentFacts;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.IncidentNote;
import org.gouvernail.domain.incident.IncidentStatus;
import org.gouvernail.domain.incident.Severity;
import org.gouvernail.domain.incident.port.in.IncidentLog;
import org.gouvernail.domain.incident.port.out.IncidentNotes;
import org.gouvernail.domain.incident.port.out.Incidents;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.port.out.Tools;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;

/** Use case service: the incident log, one transaction per call. */
@ApplicationScoped
public class IncidentService implements IncidentLog {

    private final Incidents incidents;
    private final IncidentNotes notes;
    private final Organisations organisations;
    private final Tools tools;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public IncidentService(
            Incidents incidents,
            IncidentNotes notes,
            Organisations organisations,
            Tools tools,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.incidents = incidents;
        this.notes = notes;
        this.organisations = organisations;
        this.tools = tools;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Incident report(Caller caller, OrganisationId organisationId, IncidentFacts facts) {
        Membership reporter = access.withRole(caller, organisationId, Role.CONTRIBUTORS, "report-incident");
        for (UUID tool : facts.toolIds()) {
            if (tools.find(organisationId, new ToolId(tool)).isEmpty()) {
                throw new NotFound("tool", tool);
            }
        }
        String country = organisations
                .find(organisationId)
                .orElseThrow(() -> new NotFound("organisation", organisationId))
                .profile()
                .country();
        Incident incident = Incident.report(
                new IncidentId(ids.next()), organisationId, facts, country, reporter.id(), clock.instant());
        incidents.add(incident);
        auditor.record(
                caller,
                new IncidentReported(
                        organisationId,
                        incident.id(),
                        facts.type(),
                        incident.severity(),
                        incident.duties().size()));
        return incident;
    }

    @Override
    @Transactional
    public Page<Incident> incidents(Caller caller, OrganisationId organisationId, PageRequest page) {
        access.member(caller, organisationId);
        return incidents.list(organisationId, page);
    }

    @Override
    @Transactional
    public Incident incident(Caller caller, OrganisationId organisationId, IncidentId incidentId) {
        access.member(caller, organisationId);
        return existing(organisationId, incidentId);
    }

    @Override
    @Transactional
    public Incident moveTo(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            long expectedVersion,
            IncidentStatus target,
            String lessonsLearned) {
        Membership handler = access.withRole(caller, organisationId, Role.REVIEWERS, "handle-incident");
        Incident current = expect(existing(organisationId, incidentId), expectedVersion);
        Incident moved = incidents.update(current.moveTo(target, lessonsLearned));
        notes.add(IncidentNote.statusChanged(ids.next(), moved, target, handler.id(), clock.instant()));
        auditor.record(caller, new IncidentStatusChanged(organisationId, incidentId, current.status(), target));
        return moved;
    }

    @Override
    @Transactional
    public Incident overrideSeverity(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            long expectedVersion,
            Severity severity,
            String reason) {
        Membership handler = access.withRole(caller, organisationId, Role.REVIEWERS, "handle-incident");
        Incident current = expect(existing(organisationId, incidentId), expectedVersion);
        Incident changed = incidents.update(current.overrideSeverity(severity, reason));
        notes.add(IncidentNote.severityOverridden(ids.next(), changed, handler.id(), clock.instant()));
        auditor.record(
                caller,
                new SeverityOverridden(
                        organisationId, incidentId, current.severity(), changed.severity(), changed.overrideReason()));
        return changed;
    }

    @Override
    @Transactional
    public Incident completeDuty(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            long expectedVersion,
            DutyCode code,
            String reference) {
        Membership handler = access.withRole(caller, organisationId, Role.REVIEWERS, "handle-incident");
        Incident current = expect(existing(organisationId, incidentId), expectedVersion);
        Incident changed = incidents.update(current.completeDuty(code, reference, handler.id(), clock.instant()));
        auditor.record(caller, new DutySettled(organisationId, incidentId, changed.duty(code)));
        return changed;
    }

    @Override
    @Transactional
    public Incident waiveDuty(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            long expectedVersion,
            DutyCode code,
            String reason) {
        Membership handler = access.withRole(caller, organisationId, Role.REVIEWERS, "handle-incident");
        Incident current = expect(existing(organisationId, incidentId), expectedVersion);
        Incident changed = incidents.update(current.waiveDuty(code, reason, handler.id(), clock.instant()));
        auditor.record(caller, new DutySettled(organisationId, incidentId, changed.duty(code)));
        return changed;
    }

    @Override
    @Transactional
    public Incident tickStep(
            Caller caller, OrganisationId organisationId, IncidentId incidentId, long expectedVersion, String step) {
        Membership handler = access.withRole(caller, organisationId, Role.REVIEWERS, "handle-incident");
        Incident current = expect(existing(organisationId, incidentId), expectedVersion);
        Incident changed = incidents.update(current.tickStep(step, handler.id(), clock.instant()));
        auditor.record(caller, new ChecklistStepTicked(organisationId, incidentId, step));
        return changed;
    }

    private Incident existing(OrganisationId organisationId, IncidentId incidentId) {
        return incidents.find(organisationId, incidentId).orElseThrow(() -> new NotFound("incident", incidentId));
    }

    private static Incident expect(Incident incident, long expected) {
        StaleVersion.check("incident", incident.version(), expected);
        return incident;
    }
}
