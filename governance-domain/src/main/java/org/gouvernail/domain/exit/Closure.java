package org.gouvernail.domain.exit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * The closure of an organisation, requested by one of its ADMINs: everything it holds is deleted once
 * {@code deleteAfter} has passed, unless an ADMIN cancels it before.
 */
public record Closure(OrganisationId organisationId, Instant requestedAt, String requestedBy, Instant deleteAfter) {

    public Closure {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(deleteAfter, "deleteAfter");
    }

    /** A closure requested now, with the grace period of the platform (never negative). */
    public static Closure request(OrganisationId organisationId, String requestedBy, Instant now, Duration grace) {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace period below zero: " + grace);
        }
        return new Closure(organisationId, now, requestedBy, now.plus(grace));
    }

    public boolean due(Instant now) {
        return !now.isBefore(deleteAfter);
    }

    /** Cancellation is possible only during the grace period: once due, the deletion may already run. */
    public void requireCancellable(Instant now) {
        if (due(now)) {
            throw new RuleViolation(
                    "closure-not-cancellable",
                    "the grace period ended at " + deleteAfter + ": the deletion may already run",
                    deleteAfter.toString());
        }
    }
}
