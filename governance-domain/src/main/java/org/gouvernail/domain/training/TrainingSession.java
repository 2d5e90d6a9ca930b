package org.gouvernail.domain.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: a training session and its attendance. Its rules:
 * <ul>
 * <li>PLANNED → HELD → CLOSED, or CANCELLED before it is closed;</li>
 * <li>details and attendance change while the session is PLANNED or HELD; closing freezes them
 * and, in the same transaction, writes one record per person present and module ({@link #close});</li>
 * <li>a session is closed once: closing it again is refused;</li>
 * <li>no more people present than its capacity.</li>
 * </ul>
 */
public record TrainingSession(
        TrainingSessionId id,
        OrganisationId organisationId,
        SessionDetails details,
        SessionStatus status,
        Map<MemberId, AttendanceStatus> attendance,
        MemberId plannedBy,
        Instant closedAt,
        long version) {

    /** People on one attendance sheet: a large general assembly briefing, not an unbounded list. */
    public static final int MAX_ATTENDEES = 1_000;

    private static final Set<SessionStatus> OPEN = EnumSet.of(SessionStatus.PLANNED, SessionStatus.HELD);

    public TrainingSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(plannedBy, "plannedBy");
        attendance = attendance == null ? Map.of() : Map.copyOf(attendance);
    }

    public static TrainingSession plan(
            TrainingSessionId id, OrganisationId organisationId, SessionDetails details, MemberId plannedBy) {
        return new TrainingSession(id, organisationId, details, SessionStatus.PLANNED, Map.of(), plannedBy, null, 0);
    }

    public TrainingSession withDetails(SessionDetails changed) {
        requireOpen();
        return new TrainingSession(id, organisationId, changed, status, attendance, plannedBy, closedAt, version)
                .checked();
    }

    /** Sets the status of the people given; the others keep theirs. */
    public TrainingSession withAttendance(Map<MemberId, AttendanceStatus> marks) {
        requireOpen();
        Map<MemberId, AttendanceStatus> changed = new HashMap<>(attendance);
        changed.putAll(marks);
        Check.size("attendance", changed.keySet(), MAX_ATTENDEES);
        return new TrainingSession(id, organisationId, details, status, changed, plannedBy, closedAt, version)
                .checked();
    }

    /** Took place: not before its day. */
    public TrainingSession held(LocalDate today) {
        if (status != SessionStatus.PLANNED) {
            throw refused(SessionStatus.HELD);
        }
        if (details.date().isAfter(today)) {
            throw new RuleViolation(
                    "session-in-future", "a session is held on or after its day " + details.date(), details.date());
        }
        return new TrainingSession(
                id, organisationId, details, SessionStatus.HELD, attendance, plannedBy, null, version);
    }

    /** Freezes the attendance; the service writes the records of {@link #present()} in the same transaction. */
    public TrainingSession close(Instant now) {
        if (status == SessionStatus.CLOSED) {
            throw new RuleViolation("session-closed", "the session is already closed; its records are written");
        }
        if (status != SessionStatus.HELD) {
            throw refused(SessionStatus.CLOSED);
        }
        return new TrainingSession(
                id, organisationId, details, SessionStatus.CLOSED, attendance, plannedBy, now, version);
    }

    public TrainingSession cancel() {
        if (!OPEN.contains(status)) {
            throw refused(SessionStatus.CANCELLED);
        }
        return new TrainingSession(
                id, organisationId, details, SessionStatus.CANCELLED, attendance, plannedBy, null, version);
    }

    /** The people marked PRESENT, in a stable order. */
    public List<MemberId> present() {
        return attendance.entrySet().stream()
                .filter(entry -> entry.getValue() == AttendanceStatus.PRESENT)
                .map(Map.Entry::getKey)
                .sorted((a, b) -> a.value().compareTo(b.value()))
                .toList();
    }

    private void requireOpen() {
        if (!OPEN.contains(status)) {
            throw new RuleViolation(
                    "session-frozen", "a " + status + " session keeps its details and attendance", status);
        }
    }

    private RuleViolation refused(SessionStatus target) {
        return new RuleViolation(
                "session-transition-refused", "a session " + status + " cannot become " + target, status, target);
    }

    private TrainingSession checked() {
        if (details.capacity() != null && present().size() > details.capacity()) {
            throw new RuleViolation(
                    "session-over-capacity",
                    "more people present than the capacity " + details.capacity(),
                    details.capacity());
        }
        return this;
    }
}
