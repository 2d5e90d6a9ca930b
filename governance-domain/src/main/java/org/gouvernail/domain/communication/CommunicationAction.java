package org.gouvernail.domain.communication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: one communication action of a plan. PLANNED → READY (the message is written and
 * checked) → DONE, with the day it happened and the people it reached; CANCELLED while still open.
 * A done or cancelled action is kept as it was: it is the record of what was said.
 */
public record CommunicationAction(
        CommunicationActionId id,
        OrganisationId organisationId,
        CommunicationPlanId planId,
        CommunicationDetails details,
        CommunicationStatus status,
        LocalDate doneOn,
        Integer peopleReached,
        Instant createdAt,
        long version) {

    public static final int MAX_PEOPLE = 1_000_000;

    public CommunicationAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Check.range("peopleReached", peopleReached, 0, MAX_PEOPLE);
        if ((status == CommunicationStatus.DONE) != (doneOn != null)) {
            throw new IllegalArgumentException("a done action, and only a done action, has its date");
        }
    }

    public static CommunicationAction plan(
            CommunicationActionId id,
            OrganisationId organisationId,
            CommunicationPlanId planId,
            CommunicationDetails details,
            Instant now) {
        return new CommunicationAction(
                id, organisationId, planId, details, CommunicationStatus.PLANNED, null, null, now, 0);
    }

    public CommunicationAction withDetails(CommunicationDetails changed) {
        requireOpen("change");
        return new CommunicationAction(
                id, organisationId, planId, changed, status, doneOn, peopleReached, createdAt, version);
    }

    public CommunicationAction markReady() {
        if (status != CommunicationStatus.PLANNED) {
            throw refused(CommunicationStatus.READY);
        }
        return moved(CommunicationStatus.READY, null, null);
    }

    /** Done on {@code day} (not in the future), having reached {@code people} people when counted. */
    public CommunicationAction markDone(LocalDate day, Integer people, LocalDate today) {
        if (!status.open()) {
            throw refused(CommunicationStatus.DONE);
        }
        Check.present("doneOn", day);
        if (day.isAfter(today)) {
            throw new RuleViolation("done-in-the-future", "an action is marked done once it happened", day);
        }
        return moved(CommunicationStatus.DONE, day, Check.range("peopleReached", people, 0, MAX_PEOPLE));
    }

    public CommunicationAction cancel() {
        if (!status.open()) {
            throw refused(CommunicationStatus.CANCELLED);
        }
        return moved(CommunicationStatus.CANCELLED, null, null);
    }

    public Optional<LocalDate> doneDate() {
        return Optional.ofNullable(doneOn);
    }

    /** The day that places it on the timeline: when it happened, or when it is planned. */
    public LocalDate day() {
        return doneOn != null ? doneOn : details.plannedDate();
    }

    public boolean live() {
        return status != CommunicationStatus.CANCELLED;
    }

    /** Carries the consultation of worker representatives (a consultation basis, to them). */
    public boolean consultation() {
        return details.legalBasis() != null
                && details.legalBasis().consultation()
                && details.target().audience() == Audience.WORKER_REPRESENTATIVES;
    }

    private CommunicationAction moved(CommunicationStatus target, LocalDate day, Integer people) {
        return new CommunicationAction(id, organisationId, planId, details, target, day, people, createdAt, version);
    }

    private void requireOpen(String what) {
        if (!status.open()) {
            throw new RuleViolation(
                    "communication-closed", "a " + status + " action is kept as it was; it cannot " + what, status);
        }
    }

    private RuleViolation refused(CommunicationStatus target) {
        return new RuleViolation(
                "communication-transition-refused", "a " + status + " action cannot become " + target, status, target);
    }
}
