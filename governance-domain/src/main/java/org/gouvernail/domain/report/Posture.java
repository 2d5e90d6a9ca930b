package org.gouvernail.domain.report;

import static org.gouvernail.domain.dashboard.IndicatorCatalogue.COMMITTEE_CONSTITUTED;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.COMMITTEE_DAYS_SINCE_MEETING;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.COMMITTEE_REVIEWS_OVERDUE;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.FEEDBACK_LOOPS_CLOSED;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.FEEDBACK_OPEN;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.INCIDENTS_DUTIES_LATE;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.INCIDENTS_OPEN;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.LITERACY_COVERAGE;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.LITERACY_EXPOSURE_GAPS;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.POLICIES_ACK_RATE;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.POLICIES_IN_FORCE;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.RISKS_HIGH_INHERENT;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.RISKS_HIGH_RESIDUAL;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.RISKS_REVIEWS_OVERDUE;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.TOOLS_AWAITING_REVIEW;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.TOOLS_BLOCKING;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.USE_CASES_AWAITING;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.USE_CASES_HIGH_RISK;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gouvernail.domain.dashboard.Indicator;
import org.gouvernail.domain.dashboard.IndicatorCatalogue;
import org.gouvernail.domain.dashboard.Section;
import org.gouvernail.domain.report.ReportContent.PostureLine;
import org.gouvernail.domain.report.ReportContent.Rag;
import org.gouvernail.domain.shared.Language;

/**
 * Policy: the red, amber or green posture of each dashboard area, from the catalogue's indicators.
 * RED: something the law or the organisation's own rules already count as wrong (a blocking finding, a
 * high residual risk, a late duty, no policy in force, no committee, under half the people trained).
 * AMBER: something waits (a review, a decision, an acknowledgement below 80 %). GREEN otherwise.
 */
public final class Posture {

    /** Below this share of acknowledgements or of trained people, an area is at least AMBER. */
    static final long TARGET_PERCENT = 80;

    /** Below this share of trained people, literacy is RED. */
    static final long FLOOR_PERCENT = 50;

    /** A committee that has not met for longer is AMBER. */
    static final long MEETING_DAYS = 120;

    private Posture() {}

    public static List<PostureLine> of(Map<String, Long> values, Language language) {
        List<PostureLine> lines = new ArrayList<>();
        for (Section area : Section.values()) {
            Verdict verdict = judge(area, values);
            String reason = verdict.code == null
                    ? ""
                    : IndicatorCatalogue.find(verdict.code)
                                    .map(Indicator::label)
                                    .map(label -> label.in(language))
                                    .orElse(verdict.code)
                            + (values.get(verdict.code) == null ? "" : ": " + values.get(verdict.code));
            lines.add(new PostureLine(area.name(), areaLabel(area, language), verdict.rag, reason));
        }
        return lines;
    }

    private record Verdict(Rag rag, String code) {}

    private static Verdict judge(Section area, Map<String, Long> v) {
        return switch (area) {
            case INVENTORY ->
                positive(v, TOOLS_BLOCKING)
                        ? red(TOOLS_BLOCKING)
                        : positive(v, TOOLS_AWAITING_REVIEW) ? amber(TOOLS_AWAITING_REVIEW) : green(v, TOOLS_BLOCKING);
            case RISKS ->
                positive(v, RISKS_HIGH_RESIDUAL)
                        ? red(RISKS_HIGH_RESIDUAL)
                        : positive(v, RISKS_REVIEWS_OVERDUE)
                                ? amber(RISKS_REVIEWS_OVERDUE)
                                : positive(v, RISKS_HIGH_INHERENT)
                                        ? amber(RISKS_HIGH_INHERENT)
                                        : green(v, RISKS_HIGH_RESIDUAL);
            case USE_CASES ->
                positive(v, USE_CASES_AWAITING)
                        ? amber(USE_CASES_AWAITING)
                        : positive(v, USE_CASES_HIGH_RISK) ? amber(USE_CASES_HIGH_RISK) : green(v, USE_CASES_AWAITING);
            case POLICIES -> {
                Long inForce = v.get(POLICIES_IN_FORCE);
                if (inForce == null) {
                    yield new Verdict(Rag.UNKNOWN, POLICIES_IN_FORCE);
                }
                if (inForce == 0) {
                    yield red(POLICIES_IN_FORCE);
                }
                yield below(v, POLICIES_ACK_RATE, TARGET_PERCENT)
                        ? amber(POLICIES_ACK_RATE)
                        : green(v, POLICIES_ACK_RATE);
            }
            case LITERACY -> {
                if (v.get(LITERACY_COVERAGE) == null) {
                    yield new Verdict(Rag.UNKNOWN, LITERACY_COVERAGE);
                }
                if (below(v, LITERACY_COVERAGE, FLOOR_PERCENT)) {
                    yield red(LITERACY_COVERAGE);
                }
                yield positive(v, LITERACY_EXPOSURE_GAPS)
                        ? amber(LITERACY_EXPOSURE_GAPS)
                        : below(v, LITERACY_COVERAGE, TARGET_PERCENT)
                                ? amber(LITERACY_COVERAGE)
                                : green(v, LITERACY_COVERAGE);
            }
            case INCIDENTS ->
                positive(v, INCIDENTS_DUTIES_LATE)
                        ? red(INCIDENTS_DUTIES_LATE)
                        : positive(v, INCIDENTS_OPEN) ? amber(INCIDENTS_OPEN) : green(v, INCIDENTS_DUTIES_LATE);
            case FEEDBACK ->
                positive(v, FEEDBACK_OPEN) && !positive(v, FEEDBACK_LOOPS_CLOSED)
                        ? amber(FEEDBACK_LOOPS_CLOSED)
                        : green(v, FEEDBACK_OPEN);
            case COMMITTEE -> {
                Long constituted = v.get(COMMITTEE_CONSTITUTED);
                if (constituted == null) {
                    yield new Verdict(Rag.UNKNOWN, COMMITTEE_CONSTITUTED);
                }
                if (constituted == 0) {
                    yield red(COMMITTEE_CONSTITUTED);
                }
                Long days = v.get(COMMITTEE_DAYS_SINCE_MEETING);
                if (positive(v, COMMITTEE_REVIEWS_OVERDUE)) {
                    yield amber(COMMITTEE_REVIEWS_OVERDUE);
                }
                yield days == null || days > MEETING_DAYS
                        ? amber(COMMITTEE_DAYS_SINCE_MEETING)
                        : green(v, COMMITTEE_DAYS_SINCE_MEETING);
            }
        };
    }

    private static boolean positive(Map<String, Long> values, String code) {
        Long value = values.get(code);
        return value != null && value > 0;
    }

    private static boolean below(Map<String, Long> values, String code, long threshold) {
        Long value = values.get(code);
        return value != null && value < threshold;
    }

    private static Verdict red(String code) {
        return new Verdict(Rag.RED, code);
    }

    private static Verdict amber(String code) {
        return new Verdict(Rag.AMBER, code);
    }

    private static Verdict green(Map<String, Long> values, String code) {
        return values.get(code) == null ? new Verdict(Rag.UNKNOWN, code) : new Verdict(Rag.GREEN, code);
    }

    static String areaLabel(Section area, Language language) {
        boolean fr = language == Language.FR;
        return switch (area) {
            case INVENTORY -> fr ? "Inventaire des outils" : "Tool inventory";
            case RISKS -> fr ? "Risques" : "Risks";
            case USE_CASES -> fr ? "Cas d'usage" : "Use cases";
            case POLICIES -> fr ? "Politiques d'usage" : "Usage policies";
            case LITERACY -> fr ? "Formation" : "Literacy";
            case INCIDENTS -> fr ? "Incidents" : "Incidents";
            case FEEDBACK -> fr ? "Retours" : "Feedback";
            case COMMITTEE -> fr ? "Comité" : "Committee";
        };
    }
}
