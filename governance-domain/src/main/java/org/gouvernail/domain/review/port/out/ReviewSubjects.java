package org.gouvernail.domain.review.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gouvernail.domain.review.DueSubject;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Out-port: the due rules over the areas' registers: policy versions past their review date, tools
 * whose latest assessment is older than 12 months, risks past their review date or with a HIGH or
 * CRITICAL residual level, decisions with a review date, use cases in pilot for too long, training
 * records expiring (by module), incidents HIGH or above still open or with late duties, feedback past
 * its deadlines. A fixed number of statements per call, each bounded by {@code limit}.
 */
public interface ReviewSubjects {

    /** How long a use case may stay in pilot before the committee reviews it. */
    int PILOT_MONTHS = 6;

    /** How old a tool's latest validated assessment may be. */
    int ASSESSMENT_MONTHS = 12;

    /** The subjects the rules make due on {@code until} (lateness of duties counted at {@code now}). */
    List<DueSubject> candidates(OrganisationId organisationId, LocalDate until, Instant now, int limit);
}
