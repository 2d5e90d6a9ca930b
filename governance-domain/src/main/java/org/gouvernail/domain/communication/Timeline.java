package org.gouvernail.domain.communication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Read model: a plan's dated milestones and actions in date order: the period, the consultation due
 * date, the go-live date, and every action on the day it happened or is planned.
 */
public record Timeline(List<Entry> entries) {

    public enum Kind {
        PERIOD_START,
        CONSULTATION_DUE,
        GO_LIVE,
        ACTION,
        PERIOD_END
    }

    /** One line; {@code action} only for an ACTION. */
    public record Entry(LocalDate day, Kind kind, Optional<CommunicationAction> action) {}

    public Timeline {
        entries = List.copyOf(entries);
    }

    public static Timeline of(CommunicationPlan plan, PlanReview review, List<CommunicationAction> actions) {
        List<Entry> entries = new ArrayList<>();
        PlanDetails details = plan.details();
        entries.add(new Entry(details.periodStart(), Kind.PERIOD_START, Optional.empty()));
        review.consultation()
                .ifPresent(
                        step -> entries.add(new Entry(step.duty().dueOn(), Kind.CONSULTATION_DUE, Optional.empty())));
        details.goLiveDate().ifPresent(day -> entries.add(new Entry(day, Kind.GO_LIVE, Optional.empty())));
        actions.forEach(action -> entries.add(new Entry(action.day(), Kind.ACTION, Optional.of(action))));
        entries.add(new Entry(details.periodEnd(), Kind.PERIOD_END, Optional.empty()));
        entries.sort(Comparator.comparing(Entry::day).thenComparing(Entry::kind));
        return new Timeline(entries);
    }
}
