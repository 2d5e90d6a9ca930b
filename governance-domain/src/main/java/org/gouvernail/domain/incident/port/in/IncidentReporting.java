package org.gouvernail.domain.incident.port.in;

import java.time.LocalDate;
import org.gouvernail.domain.incident.IncidentMetrics;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;

/** Use case: the incident metrics of a period, for ADMIN, COMMITTEE and DATA_REFERENT. */
public interface IncidentReporting {

    /** The metrics of the incidents detected from {@code from} to {@code to}, both days included. */
    IncidentMetrics metrics(Caller caller, OrganisationId organisationId, LocalDate from, LocalDate to);
}
