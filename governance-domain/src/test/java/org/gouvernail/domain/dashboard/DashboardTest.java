package org.gouvernail.domain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.junit.jupiter.api.Test;

class DashboardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final OrganisationId ORG = new OrganisationId(UUID.randomUUID());

    private static Figures figures(Map<String, Long> values) {
        return new Figures(values, Map.of(), List.of(), List.of(), List.of());
    }

    private static Dashboard.IndicatorValue indicator(Dashboard dashboard, String code) {
        return dashboard.sections().stream()
                .flatMap(section -> section.indicators().stream())
                .filter(value -> value.indicator().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyIndicatorHasAUniqueCodeAndIsDefinedInFrenchEnglishAndDutch() {
        assertThat(IndicatorCatalogue.all()).hasSize(23);
        assertThat(new HashSet<>(
                        IndicatorCatalogue.all().stream().map(Indicator::code).toList()))
                .hasSize(IndicatorCatalogue.all().size());
        for (Indicator indicator : IndicatorCatalogue.all()) {
            assertThat(indicator.definition().languages()).containsExactlyInAnyOrder(Language.values());
            assertThat(indicator.label().languages()).containsExactlyInAnyOrder(Language.values());
        }
    }

    @Test
    void everySectionHasIndicators() {
        for (Section section : Section.values()) {
            assertThat(IndicatorCatalogue.all()).anyMatch(indicator -> indicator.section() == section);
        }
    }

    @Test
    void anIndicatorCodeIsLowerCaseDottedWords() {
        assertThatThrownBy(() -> new Indicator(
                        "Tools",
                        Section.INVENTORY,
                        Unit.COUNT,
                        Better.UP,
                        IndicatorCatalogue.all().get(0).label(),
                        IndicatorCatalogue.all().get(0).definition()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fewerLateDutiesThanLastPeriodIsBetter() {
        Indicator late = IndicatorCatalogue.find(IndicatorCatalogue.INCIDENTS_DUTIES_LATE)
                .orElseThrow();
        Trend trend = Trend.of(late, TODAY.minusDays(30), 4, 1);
        assertThat(trend.delta()).isEqualTo(-3);
        assertThat(trend.direction()).isEqualTo(Trend.Direction.DOWN);
        assertThat(trend.judgement()).isEqualTo(Trend.Judgement.BETTER);
    }

    @Test
    void aLowerAcknowledgementRateIsWorse() {
        Indicator rate =
                IndicatorCatalogue.find(IndicatorCatalogue.POLICIES_ACK_RATE).orElseThrow();
        assertThat(Trend.of(rate, TODAY, 80, 60).judgement()).isEqualTo(Trend.Judgement.WORSE);
        assertThat(Trend.of(rate, TODAY, 60, 60).judgement()).isEqualTo(Trend.Judgement.SAME);
    }

    @Test
    void aDescriptiveIndicatorMovesWithoutJudgement() {
        Indicator tools =
                IndicatorCatalogue.find(IndicatorCatalogue.TOOLS_IN_INVENTORY).orElseThrow();
        Trend trend = Trend.of(tools, TODAY, 3, 5);
        assertThat(trend.direction()).isEqualTo(Trend.Direction.UP);
        assertThat(trend.judgement()).isEqualTo(Trend.Judgement.NEUTRAL);
    }

    @Test
    void theTrendComparesWithThePreviousSnapshotAndNeedsOne() {
        Figures today = figures(Map.of(IndicatorCatalogue.RISKS_OPEN, 5L, IndicatorCatalogue.FEEDBACK_OPEN, 2L));
        Snapshot before = new Snapshot(TODAY.minusDays(33), Map.of(IndicatorCatalogue.RISKS_OPEN, 7L));

        Dashboard dashboard = Dashboard.of(TODAY, today, Optional.of(before), List.of());

        assertThat(dashboard.comparedWith()).contains(TODAY.minusDays(33));
        Trend risks =
                indicator(dashboard, IndicatorCatalogue.RISKS_OPEN).trend().orElseThrow();
        assertThat(risks.previous()).isEqualTo(7);
        assertThat(risks.delta()).isEqualTo(-2);
        assertThat(indicator(dashboard, IndicatorCatalogue.FEEDBACK_OPEN).trend())
                .as("not in the snapshot")
                .isEmpty();
        assertThat(Dashboard.of(TODAY, today, Optional.empty(), List.of()).sections().stream()
                        .flatMap(section -> section.indicators().stream())
                        .allMatch(value -> value.trend().isEmpty()))
                .isTrue();
    }

    @Test
    void anIndicatorWithoutValueHasNoTrend() {
        Snapshot before =
                new Snapshot(TODAY.minusDays(30), Map.of(IndicatorCatalogue.COMMITTEE_DAYS_SINCE_MEETING, 12L));

        Dashboard dashboard = Dashboard.of(TODAY, figures(Map.of()), Optional.of(before), List.of());

        Dashboard.IndicatorValue days = indicator(dashboard, IndicatorCatalogue.COMMITTEE_DAYS_SINCE_MEETING);
        assertThat(days.value()).isEmpty();
        assertThat(days.trend()).isEmpty();
    }

    @Test
    void sectionsFollowTheCatalogueAndEveryIndicatorIsShown() {
        Dashboard dashboard = Dashboard.of(TODAY, figures(Map.of()), Optional.empty(), List.of());

        assertThat(dashboard.sections())
                .extracting(Dashboard.SectionView::section)
                .containsExactly(Section.values());
        assertThat(dashboard.sections().stream()
                        .mapToInt(s -> s.indicators().size())
                        .sum())
                .isEqualTo(IndicatorCatalogue.all().size());
        assertThat(dashboard.catalogueVersion()).isEqualTo(IndicatorCatalogue.VERSION);
    }

    @Test
    void onlyTheFiveSoonestActionsAreKept() {
        List<DueItem> due = IntStream.range(0, 8)
                .mapToObj(day -> new DueItem(
                        ORG,
                        "risk.review",
                        "RISK",
                        UUID.randomUUID(),
                        "Risque " + day,
                        Instant.parse("2026-12-01T10:00:00Z").plusSeconds(86_400L * day),
                        Assignee.anyOf(java.util.Set.of(Role.ADMIN)),
                        "/api/v1/organisations/" + ORG + "/risks/x"))
                .toList();

        Dashboard dashboard = Dashboard.of(TODAY, figures(Map.of()), Optional.empty(), due);

        assertThat(dashboard.nextActions())
                .hasSize(Dashboard.NEXT_ACTIONS)
                .containsExactlyElementsOf(due.subList(0, 5));
    }

    @Test
    void thePreviousPeriodStartsThirtyDaysBefore() {
        assertThat(Dashboard.previousPeriod(TODAY)).isEqualTo(LocalDate.of(2026, 10, 31));
    }
}
