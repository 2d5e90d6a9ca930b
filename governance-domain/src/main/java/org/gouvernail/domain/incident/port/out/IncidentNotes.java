package org.gouvernail.domain.incident.port.out;

import java.util.List;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.IncidentNote;
import org.gouvernail.domain.shared.OrganisationId;

/** Out-port: the append-only notes of the incidents' timelines (status changes, overrides, observations). */
public interface IncidentNotes {

    void add(IncidentNote note);

    /** The incident's notes (at most IncidentNote.MAX_PER_INCIDENT), oldest first, in one statement. */
    List<IncidentNote> of(OrganisationId organisationId, IncidentId incidentId);

    long count(OrganisationId organisationId, IncidentId incidentId);
}
