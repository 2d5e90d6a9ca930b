package org.gouvernail.domain.incident.port.in;

import java.util.List;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.IncidentNote;
import org.gouvernail.domain.incident.TimelineEntry;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;

/** Use cases: an incident's timeline, read by every member; observations written by its handlers. */
public interface IncidentTimelines {

    List<TimelineEntry> timeline(Caller caller, OrganisationId organisationId, IncidentId incidentId);

    IncidentNote observe(Caller caller, OrganisationId organisationId, IncidentId incidentId, String text);
}
