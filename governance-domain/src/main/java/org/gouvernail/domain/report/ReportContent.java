package org.gouvernail.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Read model: everything a report shows, drawn from the registers at one instant, every text already
 * in the report's language. A DRAFT draws it at each read; a FINAL keeps the one drawn at finalisation,
 * stored as JSON, so later changes of the registers never change it.
 */
public record ReportContent(
        String organisationName,
        ReportType type,
        String language,
        String typeTitle,
        LocalDate periodFrom,
        LocalDate periodTo,
        Instant drawnAt,
        int catalogueVersion,
        LocalDate comparedWith,
        String title,
        String chairWords,
        String summary,
        List<ReportSection> sections,
        List<UUID> scope,
        List<PostureLine> posture,
        List<IndicatorLine> indicators,
        List<GridCell> inherentRisks,
        List<GridCell> residualRisks,
        List<MatrixCell> useCaseMatrix,
        List<DueLine> due,
        List<RiskLine> topRisks,
        List<UseCaseLine> useCases,
        List<IncidentLine> incidents,
        List<DecisionLine> decisions,
        List<PracticeLine> practices,
        List<CountLine> literacy) {

    public ReportContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(language, "language");
        sections = copy(sections);
        scope = copy(scope);
        posture = copy(posture);
        indicators = copy(indicators);
        inherentRisks = copy(inherentRisks);
        residualRisks = copy(residualRisks);
        useCaseMatrix = copy(useCaseMatrix);
        due = copy(due);
        topRisks = copy(topRisks);
        useCases = copy(useCases);
        incidents = copy(incidents);
        decisions = copy(decisions);
        practices = copy(practices);
        literacy = copy(literacy);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Red, amber or green for one area; UNKNOWN when its indicators cannot be computed. */
    public enum Rag {
        RED,
        AMBER,
        GREEN,
        UNKNOWN
    }

    /** The posture of one dashboard area and the indicator that decided it. */
    public record PostureLine(String area, String label, Rag rating, String reason) {}

    /**
     * One indicator of the catalogue: its value when drawn, the value of the previous report of the
     * same type (or of the dashboard's previous period) and the change; judgement BETTER, WORSE, SAME
     * or NEUTRAL.
     */
    public record IndicatorLine(
            String code,
            String area,
            String label,
            String unit,
            Long value,
            Long previous,
            Long delta,
            String judgement) {}

    public record GridCell(int likelihood, int severity, long count) {}

    public record MatrixCell(String quadrant, String status, long count) {}

    /** Something due: a decision to take or an action, with its deadline (null: none). */
    public record DueLine(String kind, String title, Instant dueAt) {}

    public record RiskLine(String title, String category, int inherentScore, Integer residualScore, String status) {}

    public record UseCaseLine(
            UUID id,
            String title,
            String status,
            String peopleAffected,
            List<String> dataCategories,
            String humanOversight,
            String aiActTier,
            String dpiaOutcome) {}

    public record IncidentLine(
            String title, String severity, String status, LocalDate occurredOn, int duties, int dutiesLate) {}

    public record DecisionLine(LocalDate day, String subject, String outcome, String rationale) {}

    /** A recommended practice: APPLIED, or NOT_APPLIED with its explanation (apply or explain). */
    public record PracticeLine(String practice, String title, String status, String explanation) {}

    public record CountLine(String key, long count) {}
}
