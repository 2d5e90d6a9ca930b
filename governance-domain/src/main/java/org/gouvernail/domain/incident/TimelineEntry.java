package org.gouvernail.domain.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;

/**
 * Read model: one line of an incident's timeline: when, what ({@code kind}), by whom (null for the
 * facts: occurrence, detection), a code (the status reached, the duty, the step, the action's id)
 * and a text (an observation, an action's title or outcome, a reason).
 */
public record TimelineEntry(Instant at, TimelineKind kind, MemberId by, String code, String text) {

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The timeline of an incident, in time order, built from what is recorded: its facts (occurred,
     * detected), its report, the settled duties, the ticked steps, its actions and the notes (status
     * changes, severity overrides, observations). Lines at the same instant keep the order of their kinds.
     */
    public static List<TimelineEntry> of(Incident incident, List<IncidentAction> actions, List<IncidentNote> notes) {
        List<TimelineEntry> lines = new ArrayList<>();
        IncidentFacts facts = incident.facts();
        if (facts.occurredAt() != null) {
            lines.add(new TimelineEntry(facts.occurredAt(), TimelineKind.OCCURRED, null, null, null));
        }
        lines.add(new TimelineEntry(facts.detectedAt(), TimelineKind.DETECTED, null, null, null));
        lines.add(new TimelineEntry(
                incident.reportedAt(),
                TimelineKind.REPORTED,
                incident.reportedBy(),
                facts.type().name(),
                facts.title()));
        for (Duty duty : incident.duties()) {
            if (duty.state() == DutyState.DONE) {
                lines.add(new TimelineEntry(
                        duty.settledAt(),
                        TimelineKind.DUTY_DONE,
                        duty.settledBy(),
                        duty.code().name(),
                        duty.reference()));
            } else if (duty.state() == DutyState.NOT_REQUIRED) {
                lines.add(new TimelineEntry(
                        duty.settledAt(),
                        TimelineKind.DUTY_NOT_REQUIRED,
                        duty.settledBy(),
                        duty.code().name(),
                        duty.notRequiredReason()));
            }
        }
        incident.ticks()
                .forEach(tick -> lines.add(
                        new TimelineEntry(tick.at(), TimelineKind.STEP_TICKED, tick.by(), tick.code(), null)));
        for (IncidentAction action : actions) {
            lines.add(new TimelineEntry(
                    action.createdAt(),
                    TimelineKind.ACTION_PLANNED,
                    action.createdBy(),
                    action.id().toString(),
                    action.title()));
            if (action.state() != IncidentActionState.OPEN) {
                lines.add(new TimelineEntry(
                        action.settledAt(),
                        action.state() == IncidentActionState.DONE
                                ? TimelineKind.ACTION_DONE
                                : TimelineKind.ACTION_CANCELLED,
                        action.settledBy(),
                        action.id().toString(),
                        action.note()));
            }
        }
        notes.forEach(
                note -> lines.add(new TimelineEntry(note.at(), note.kind(), note.by(), note.code(), note.text())));
        lines.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::kind));
        return lines;
    }
}
