package org.gouvernail.rest.todo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.Deadlines;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.in.ThingsToDo.ToDoList;
import org.gouvernail.rest.shared.RequestProblem;

/** JSON of the to-do lists: the items with their deadline and whether it has passed. */
final class ToDoJson {

    /** How far ahead a list looks by default, and at most. */
    static final Duration DEFAULT_HORIZON = Duration.ofDays(30);

    static final Duration MAX_HORIZON = Duration.ofDays(366);

    private ToDoJson() {}

    @Schema(name = "Assignee", description = "Who must act: one member (memberId), or whoever holds one of the roles")
    record AssigneeJson(
            @Schema(nullable = true) UUID memberId,
            @Schema(maxItems = 5, nullable = true) Set<Role> roles) {

        static AssigneeJson from(Assignee assignee) {
            if (assignee instanceof Assignee.Person person) {
                return new AssigneeJson(person.memberId().value(), null);
            }
            return new AssigneeJson(null, new TreeSet<>(((Assignee.AnyOf) assignee).roles()));
        }
    }

    @Schema(name = "DueItem", description = "One thing someone must do, and by when")
    record ItemJson(
            UUID organisationId,

            @Schema(
                    maxLength = 60,
                    description = "What is asked, a stable code: policy-version.acknowledge, approval-request.decide, "
                            + "meeting.attend, decision.review, risk.review, risk-action.complete, assessment.validate "
                            + "(the next areas add theirs)")
            String kind,

            @Schema(
                    maxLength = 40,
                    description = "The subject's type, as in the audit trail (POLICY_VERSION, MEETING…)")
            String subjectType,

            UUID subjectId,

            @Schema(maxLength = 200, description = "The subject's own name (empty for a meeting)")
            String title,

            @Schema(nullable = true, description = "The deadline; null when the subject sets none")
            Instant dueAt,

            @Schema(description = "The deadline has passed") boolean overdue,
            AssigneeJson assignee,

            @Schema(maxLength = 300, description = "The API path of the subject")
            String link) {

        static ItemJson from(DueItem item, Instant now) {
            return new ItemJson(
                    item.organisationId().value(),
                    item.kind(),
                    item.subjectType(),
                    item.subjectId(),
                    item.title(),
                    item.dueAt(),
                    item.overdueAt(now),
                    AssigneeJson.from(item.assignee()),
                    item.link());
        }
    }

    @Schema(name = "ToDoList")
    record ListJson(
            @Schema(description = "The time the list was read; overdue is relative to it")
            Instant asOf,

            @Schema(description = "Items due before this time are listed, and those without a deadline")
            Instant until,

            @Schema(description = "More items were due than the 200 listed (the soonest are kept)")
            boolean truncated,

            @Schema(maxItems = 200, description = "Soonest deadline first, items without a deadline last")
            List<ItemJson> items) {

        static ListJson from(ToDoList list) {
            return new ListJson(
                    list.asOf(),
                    list.until(),
                    list.truncated(),
                    list.items().stream()
                            .map(item -> ItemJson.from(item, list.asOf()))
                            .toList());
        }
    }

    /**
     * The end of the list: an instant ("2026-12-31T18:00:00Z") or a day (its last second in Brussels);
     * 30 days from now by default, at most 366 days ahead.
     */
    static Instant until(String value, Clock clock) {
        Instant now = clock.instant();
        if (value == null || value.isBlank()) {
            return now.plus(DEFAULT_HORIZON);
        }
        Instant until;
        try {
            until = value.length() == 10 ? Deadlines.endOf(LocalDate.parse(value)) : Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RequestProblem.invalidParameter(
                    "until", "a date (2026-12-31) or a UTC instant (2026-12-31T18:00:00Z)");
        }
        if (until.isAfter(now.plus(MAX_HORIZON))) {
            throw RequestProblem.invalidParameter("until", "at most 366 days ahead");
        }
        return until;
    }
}
