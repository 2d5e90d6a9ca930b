package org.gouvernail.app.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentEvent.ObservationAdded;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.IncidentNote;
import org.gouvernail.domain.incident.TimelineEntry;
import org.gouvernail.domain.incident.port.in.IncidentTimelines;
import org.gouvernail.domain.incident.port.out.IncidentActions;
import org.gouvernail.domain.incident.port.out.IncidentNotes;
import org.gouvernail.domain.incident.port.out.Incidents;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/** Use case service: an incident's timeline (three bounded reads) and its observations. */
@ApplicationScoped
public class IncidentTimelineService implements IncidentTimelines {

    private final Incidents incidents;
    private final IncidentActions actions;
    private final IncidentNotes notes;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public IncidentTimelineService(
            Incidents incidents,
            IncidentActions actions,
            IncidentNotes notes,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.incidents = incidents;
        this.actions = actions;
        this.notes = notes;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<TimelineEntry> timeline(Caller caller, OrganisationId organisationId, IncidentId incidentId) {
        access.member(caller, organisationId);
        Incident incident = existing(organisationId, incidentId);
        return TimelineEntry.of(incident, actions.of(organisationId, incidentId), notes.of(organisationId, incidentId));
    }

    @Override
    @Transactional
    public IncidentNote observe(Caller caller, OrganisationId organisationId, IncidentId incidentId, String text) {
        Membership handler = access.withRole(caller, organisationId, Role.REVIEWERS, "handle-incident");
        existing(organisationId, incidentId);
        if (notes.count(organisationId, incidentId) >= IncidentNote.MAX_PER_INCIDENT) {
            throw new RuleViolation(
                    "incident-note-limit",
                    "an incident's timeline holds at most " + IncidentNote.MAX_PER_INCIDENT + " notes",
                    IncidentNote.MAX_PER_INCIDENT);
        }
        IncidentNote note =
                IncidentNote.observation(ids.next(), organisationId, incidentId, text, handler.id(), clock.instant());
        notes.add(note);
        auditor.record(caller, new ObservationAdded(organisationId, incidentId, note.id()));
        return note;
    }

    private Incident existing(OrganisationId organisationId, IncidentId incidentId) {
        return incidents.find(organisationId, incidentId).orElseThrow(() -> new NotFound("incident", incidentId));
    }
}
