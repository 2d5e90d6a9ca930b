package org.gouvernail.domain.incident;

import java.time.Instant;
import org.gouvernail.domain.shared.OrganisationId;

/** Read model: a pending duty with a due time, for the due items. */
public record PendingDuty(
        OrganisationId organisationId, IncidentId incidentId, String title, DutyCode code, Instant dueAt) {}
