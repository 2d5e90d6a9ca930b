package org.gouvernail.domain.incident.port.out;

import java.time.Instant;
import java.util.List;
import org.gouvernail.domain.incident.DutyTally;
import org.gouvernail.domain.incident.IncidentFigures;
import org.gouvernail.domain.shared.OrganisationId;

/** Out-port: aggregate reads over the incident log for its metrics, a fixed number of statements per call. */
public interface IncidentStatistics {

    /** The figures of the incidents detected in [from, to), at most {@code limit}: two statements. */
    List<IncidentFigures> figures(OrganisationId organisationId, Instant from, Instant to, int limit);

    /** The clocked duties of the incidents detected in [from, to), tallied at {@code now}: one statement. */
    DutyTally duties(OrganisationId organisationId, Instant from, Instant to, Instant now);
}
