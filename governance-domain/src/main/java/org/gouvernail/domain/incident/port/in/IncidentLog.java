package org.gouvernail.domain.incident.port.in;

import org.gouvernail.domain.incident.DutyCode;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentFacts;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.IncidentStatus;
import org.gouvernail.domain.incident.Severity;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Use cases: the incident log. CONTRIBUTOR and up report; every member reads; ADMIN, COMMITTEE and
 * DATA_REFERENT handle (status, severity override, duties).
 */
public interface IncidentLog {

    Incident report(Caller caller, OrganisationId organisationId, IncidentFacts facts);

    Page<Incident> incidents(Caller caller, OrganisationId organisationId, PageRequest page);

    Incident incident(Caller caller, OrganisationId organisationId, IncidentId incidentId);

    Incident moveTo(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            long expectedVersion,
            IncidentStatus target,
            String lessonsLearned);

    Incident overrideSeverity(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            long expectedVersion,
            Severity severity,
            String reason);

    Incident completeDuty(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            long expectedVersion,
            DutyCode code,
            String reference);

    Incident waiveDuty(
            Caller caller,
            OrganisationId organisationId,
            IncidentId incidentId,
            long expectedVersion,
            DutyCode code,
            String reason);

    /** Ticks a step of the incident type's containment checklist (who and when are recorded). */
    Incident tickStep(
            Caller caller, OrganisationId organisationId, IncidentId incidentId, long expectedVersion, String step);
}
