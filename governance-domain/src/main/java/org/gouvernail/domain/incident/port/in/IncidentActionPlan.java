package org.gouvernail.domain.incident.port.in;

import java.time.LocalDate;
import java.util.List;
import org.gouvernail.domain.incident.IncidentAction;
import org.gouvernail.domain.incident.IncidentActionId;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Use cases: the actions of an incident's response. ADMIN, COMMITTEE and DATA_REFERENT plan and
 * cancel them; the owner or a handler records one done; every member reads them.
 */
public interface IncidentActionPlan {

    IncidentAction plan(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            String title,
            MemberId ownerId,
            LocalDate dueOn);

    List<IncidentAction> actions(Caller caller, OrganisationId organisationId, IncidentId incidentId);

    IncidentAction action(
            Caller caller, OrganisationId organisationId, IncidentId incidentId, IncidentActionId actionId);

    IncidentAction complete(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            IncidentActionId actionId,
            long expectedVersion,
            String note);

    IncidentAction cancel(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            IncidentActionId actionId,
            long expectedVersion,
            String reason);
}
