package org.gouvernail.domain.incident.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.incident.IncidentAction;
import org.gouvernail.domain.incident.IncidentActionId;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/** Out-port: the actions planned on the incidents of an organisation. */
public interface IncidentActions {

    void add(IncidentAction action);

    Optional<IncidentAction> find(OrganisationId organisationId, IncidentId incidentId, IncidentActionId id);

    /** Saves a changed action; StaleVersion if it changed since it was read. */
    IncidentAction update(IncidentAction action);

    /** The incident's actions (at most IncidentAction.MAX_PER_INCIDENT), due date order, in one statement. */
    List<IncidentAction> of(OrganisationId organisationId, IncidentId incidentId);

    long count(OrganisationId organisationId, IncidentId incidentId);

    /** Open actions these members own, due on or before {@code until}, soonest first, at most {@code limit}: one statement. */
    List<IncidentAction> openOwnedBy(Collection<MemberId> owners, LocalDate until, int limit);

    /** Open actions of one organisation due on or before {@code until}, soonest first, at most {@code limit}. */
    List<IncidentAction> openIn(OrganisationId organisationId, LocalDate until, int limit);
}
