package org.gouvernail.domain.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gouvernail.domain.todo.DueItem;

/**
 * Read model: the organisation dashboard on {@code day}: each section's indicators with their value,
 * their trend against the previous period (from the last snapshot at or before
 * {@code day − PERIOD_DAYS}) and their definition; the breakdowns; the next five actions.
 */
public record Dashboard(
        LocalDate day,
        int catalogueVersion,
        Optional<LocalDate> comparedWith,
        List<SectionView> sections,
        Figures breakdowns,
        List<DueItem> nextActions) {

    /** The length of the period a trend compares against. */
    public static final int PERIOD_DAYS = 30;

    /** How many of the soonest due items the dashboard shows. */
    public static final int NEXT_ACTIONS = 5;

    public Dashboard {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(comparedWith, "comparedWith");
        sections = List.copyOf(sections);
        nextActions = List.copyOf(nextActions);
    }

    /** One section and its indicators, in catalogue order. */
    public record SectionView(Section section, List<IndicatorValue> indicators) {

        public SectionView {
            indicators = List.copyOf(indicators);
        }
    }

    /** One indicator: its value today (empty when not computable) and its trend (empty without a snapshot). */
    public record IndicatorValue(Indicator indicator, Optional<Long> value, Optional<Trend> trend) {}

    /**
     * The dashboard from today's figures, the previous period's snapshot if any, and the items due
     * soonest (already sorted; the first {@link #NEXT_ACTIONS} are kept).
     */
    public static Dashboard of(LocalDate day, Figures figures, Optional<Snapshot> previous, List<DueItem> dueSoonest) {
        List<SectionView> sections = new ArrayList<>();
        for (Section section : Section.values()) {
            List<IndicatorValue> values = new ArrayList<>();
            for (Indicator indicator : IndicatorCatalogue.all()) {
                if (indicator.section() != section) {
                    continue;
                }
                Optional<Long> value = figures.value(indicator.code());
                Optional<Trend> trend = value.flatMap(current -> previous.flatMap(
                        snapshot -> Optional.ofNullable(snapshot.values().get(indicator.code()))
                                .map(before -> Trend.of(indicator, snapshot.day(), before, current))));
                values.add(new IndicatorValue(indicator, value, trend));
            }
            sections.add(new SectionView(section, values));
        }
        return new Dashboard(
                day,
                IndicatorCatalogue.VERSION,
                previous.map(Snapshot::day),
                sections,
                figures,
                dueSoonest.subList(0, Math.min(NEXT_ACTIONS, dueSoonest.size())));
    }

    /** The day the previous period starts: trends compare with the last snapshot at or before it. */
    public static LocalDate previousPeriod(LocalDate day) {
        return day.minusDays(PERIOD_DAYS);
    }
}
