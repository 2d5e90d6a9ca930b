package org.gouvernail.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gouvernail.domain.dashboard.IndicatorCatalogue;
import org.gouvernail.domain.report.ReportContent.IndicatorLine;
import org.gouvernail.domain.report.ReportContent.PostureLine;
import org.gouvernail.domain.report.ReportContent.Rag;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final OrganisationId ORGANISATION = new OrganisationId(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static Report draft(ReportType type, List<ReportSection> sections, List<UUID> scope) {
        return Report.draft(
                UUID.randomUUID(),
                ORGANISATION,
                type,
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 30),
                Language.EN,
                sections,
                scope,
                new Report.Narrative("Autumn", null, null),
                NOW);
    }

    @Test
    void aDraftWithoutSectionsTakesItsTypesDefaults() {
        assertThat(draft(ReportType.BOARD_BRIEF, null, null).sections())
                .isEqualTo(ReportType.BOARD_BRIEF.defaultSections())
                .contains(ReportSection.DECISIONS_DUE, ReportSection.APPLY_OR_EXPLAIN);
        assertThat(draft(ReportType.EVIDENCE_PACK, List.of(), null).sections())
                .containsExactly(
                        ReportSection.LITERACY,
                        ReportSection.INCIDENTS,
                        ReportSection.DPIA_SCREENINGS,
                        ReportSection.DECISIONS);
    }

    @Test
    void aFunderReportNamesItsUseCasesAndChoosesOnlyAllowedSections() {
        assertThatThrownBy(() -> draft(ReportType.FUNDER, null, null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("use cases");
        assertThatThrownBy(() -> draft(ReportType.FUNDER, List.of(ReportSection.POSTURE), List.of(UUID.randomUUID())))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> draft(ReportType.BOARD_BRIEF, null, List.of(UUID.randomUUID())))
                .isInstanceOf(InvalidInput.class);
        assertThat(draft(ReportType.FUNDER, List.of(ReportSection.USE_CASES), List.of(UUID.randomUUID()))
                        .sections())
                .containsExactly(ReportSection.USE_CASES);
    }

    @Test
    void aPeriodEndsAfterItStartsAndLastsAtMost400Days() {
        assertThatThrownBy(() -> Report.draft(
                        UUID.randomUUID(),
                        ORGANISATION,
                        ReportType.BOARD_BRIEF,
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 8, 1),
                        Language.FR,
                        null,
                        null,
                        null,
                        NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Report.draft(
                        UUID.randomUUID(),
                        ORGANISATION,
                        ReportType.BOARD_BRIEF,
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        Language.FR,
                        null,
                        null,
                        null,
                        NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Report.draft(
                        UUID.randomUUID(),
                        ORGANISATION,
                        ReportType.BOARD_BRIEF,
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        Language.NL,
                        null,
                        null,
                        null,
                        NOW))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aFinalReportIsFrozenWithTheSha256OfItsDocument() {
        Report report = draft(ReportType.BOARD_BRIEF, null, null).finalise("abc", null, NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.FINAL);
        assertThat(report.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThatThrownBy(() -> report.edited(Report.Narrative.empty(), null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("frozen");
        assertThatThrownBy(() -> report.finalise("other", null, NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theBoardSeesRedWhereTheRulesAreBrokenAndAmberWhereSomethingWaits() {
        Map<String, PostureLine> posture = new java.util.HashMap<>();
        Posture.of(
                        Map.of(
                                IndicatorCatalogue.TOOLS_BLOCKING, 1L,
                                IndicatorCatalogue.RISKS_HIGH_RESIDUAL, 0L,
                                IndicatorCatalogue.RISKS_REVIEWS_OVERDUE, 2L,
                                IndicatorCatalogue.POLICIES_IN_FORCE, 1L,
                                IndicatorCatalogue.POLICIES_ACK_RATE, 95L,
                                IndicatorCatalogue.INCIDENTS_DUTIES_LATE, 1L,
                                IndicatorCatalogue.COMMITTEE_CONSTITUTED, 0L),
                        Language.EN)
                .forEach(line -> posture.put(line.area(), line));
        assertThat(posture.get("INVENTORY").rating()).isEqualTo(Rag.RED);
        assertThat(posture.get("INVENTORY").reason()).contains(": 1");
        assertThat(posture.get("RISKS").rating()).isEqualTo(Rag.AMBER);
        assertThat(posture.get("POLICIES").rating()).isEqualTo(Rag.GREEN);
        assertThat(posture.get("INCIDENTS").rating()).isEqualTo(Rag.RED);
        assertThat(posture.get("COMMITTEE").rating()).isEqualTo(Rag.RED);
        assertThat(posture.get("LITERACY").rating()).isEqualTo(Rag.UNKNOWN);
    }

    @Test
    void twoReportsCompareIndicatorByIndicatorWithTheCataloguesDirection() {
        ReportContent earlier = content(List.of(
                line(IndicatorCatalogue.RISKS_HIGH_RESIDUAL, 3L), line(IndicatorCatalogue.LITERACY_COVERAGE, 40L)));
        ReportContent later = content(List.of(
                line(IndicatorCatalogue.RISKS_HIGH_RESIDUAL, 1L), line(IndicatorCatalogue.LITERACY_COVERAGE, null)));
        ReportComparison comparison = ReportComparison.of(UUID.randomUUID(), earlier, UUID.randomUUID(), later);
        assertThat(comparison.changes()).hasSize(2);
        ReportComparison.Change risks = comparison.changes().get(0);
        assertThat(risks.delta()).isEqualTo(-2L);
        assertThat(risks.judgement()).isEqualTo("BETTER");
        assertThat(comparison.changes().get(1).delta()).isNull();
    }

    private static IndicatorLine line(String code, Long value) {
        return new IndicatorLine(code, "X", code, "COUNT", value, null, null, null);
    }

    private static ReportContent content(List<IndicatorLine> indicators) {
        return new ReportContent(
                "Asbl",
                ReportType.BOARD_BRIEF,
                "en",
                "Board brief",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31),
                NOW,
                1,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                indicators,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
