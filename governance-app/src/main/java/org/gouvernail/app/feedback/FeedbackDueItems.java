package org.gouvernail.app.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.gouvernail.domain.feedback.FeedbackStatus;
import org.gouvernail.domain.feedback.RunningDeadline;
import org.gouvernail.domain.feedback.port.out.FeedbackItems;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;

/**
 * Due-item source of the feedback box: acknowledge a received item within 7 days, answer it within
 * 3 months, assigned to the handlers (persons of trust and data referents). One statement per call.
 * The title is the item's kind, never its text; an anonymous item shows from its release, as it
 * does in the handlers' list, so that a due item never dates a submission.
 */
@ApplicationScoped
public class FeedbackDueItems implements DueItemSource {

    static final String ACKNOWLEDGE = "feedback.acknowledge";
    static final String ANSWER = "feedback.answer";

    private final FeedbackItems items;
    private final Clock clock;

    public FeedbackDueItems(FeedbackItems items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    @Override
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        List<OrganisationId> handled = memberships.stream()
                .filter(member -> member.isActive() && member.holdsAny(Role.FEEDBACK_HANDLERS))
                .map(Membership::organisationId)
                .distinct()
                .toList();
        return due(handled, until, limit);
    }

    @Override
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return due(List.of(organisationId), until, limit);
    }

    private List<DueItem> due(List<OrganisationId> organisations, Instant until, int limit) {
        // an item due on day D is due at the end of D (the next midnight UTC): it is due before
        // `until` when that midnight is
        LocalDate lastDay =
                LocalDate.ofInstant(until.minusNanos(1), ZoneOffset.UTC).minusDays(1);
        return items.deadlines(organisations, lastDay, LocalDate.now(clock), limit).stream()
                .map(FeedbackDueItems::item)
                .toList();
    }

    static Instant dueAt(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static DueItem item(RunningDeadline deadline) {
        return new DueItem(
                deadline.organisationId(),
                deadline.status() == FeedbackStatus.RECEIVED ? ACKNOWLEDGE : ANSWER,
                "FEEDBACK_ITEM",
                deadline.itemId().value(),
                deadline.kind().name(),
                dueAt(deadline.dueOn()),
                Assignee.anyOf(Role.FEEDBACK_HANDLERS),
                "/api/v1/organisations/" + deadline.organisationId() + "/feedback/" + deadline.itemId());
    }
}
