package org.gouvernail.domain.incident.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.PendingDuty;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the incident log of one organisation, each incident with its duties. */
public interface Incidents {

    void add(Incident incident);

    Optional<Incident> find(OrganisationId organisationId, IncidentId id);

    /** Saves a changed incident; fails with StaleVersion if it changed since it was read. */
    Incident update(Incident incident);

    /** Oldest first. */
    Page<Incident> list(OrganisationId organisationId, PageRequest page);

    /** Pending duties with a due time on or before {@code until}, soonest first, at most {@code limit}, in one statement. */
    List<PendingDuty> pendingDuties(Collection<OrganisationId> organisations, Instant until, int limit);
}
