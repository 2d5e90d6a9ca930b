package org.gouvernail.domain.report;

import static org.gouvernail.domain.report.ReportSection.APPLY_OR_EXPLAIN;
import static org.gouvernail.domain.report.ReportSection.CHANGES;
import static org.gouvernail.domain.report.ReportSection.DECISIONS;
import static org.gouvernail.domain.report.ReportSection.DECISIONS_DUE;
import static org.gouvernail.domain.report.ReportSection.DPIA_SCREENINGS;
import static org.gouvernail.domain.report.ReportSection.INCIDENTS;
import static org.gouvernail.domain.report.ReportSection.INDICATORS;
import static org.gouvernail.domain.report.ReportSection.LITERACY;
import static org.gouvernail.domain.report.ReportSection.POSTURE;
import static org.gouvernail.domain.report.ReportSection.RISK_HEATMAP;
import static org.gouvernail.domain.report.ReportSection.TOP_RISKS;
import static org.gouvernail.domain.report.ReportSection.TRENDS;
import static org.gouvernail.domain.report.ReportSection.USE_CASES;
import static org.gouvernail.domain.report.ReportSection.USE_CASE_MATRIX;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.shared.Localized;

/**
 * Reference data: the kinds of report, the sections each holds unless the organisation chooses
 * (FUNDER: the organisation chooses among the allowed ones; EVIDENCE_PACK: fixed), and its title.
 */
public enum ReportType {
    /** One or two pages for the board: posture, change, decisions to take, top risks, incidents, coverage. */
    BOARD_BRIEF(
            "Note au conseil d'administration",
            "Board brief",
            List.of(POSTURE, CHANGES, DECISIONS_DUE, TOP_RISKS, RISK_HEATMAP, INCIDENTS, LITERACY, APPLY_OR_EXPLAIN),
            EnumSet.allOf(ReportSection.class)),
    /** "How we governed AI this year", annexed to the activity report. */
    GENERAL_ASSEMBLY_ANNUAL(
            "Comment nous avons gouverné l'IA cette année",
            "How we governed AI this year",
            List.of(
                    POSTURE,
                    INDICATORS,
                    TRENDS,
                    USE_CASE_MATRIX,
                    RISK_HEATMAP,
                    USE_CASES,
                    INCIDENTS,
                    LITERACY,
                    DECISIONS,
                    APPLY_OR_EXPLAIN),
            EnumSet.allOf(ReportSection.class)),
    /** Scoped to a project's use cases; the organisation chooses among these sections. */
    FUNDER(
            "Rapport au bailleur de fonds",
            "Funder report",
            List.of(USE_CASES, DPIA_SCREENINGS, INCIDENTS, LITERACY),
            EnumSet.of(USE_CASES, DPIA_SCREENINGS, INCIDENTS, LITERACY, TOP_RISKS, DECISIONS)),
    /** The evidence an auditor asks for: literacy dossier, incident register, DPIA screenings, decisions. */
    EVIDENCE_PACK(
            "Dossier de preuves",
            "Evidence pack",
            List.of(LITERACY, INCIDENTS, DPIA_SCREENINGS, DECISIONS),
            EnumSet.of(LITERACY, INCIDENTS, DPIA_SCREENINGS, DECISIONS));

    private final Localized title;
    private final List<ReportSection> defaults;
    private final Set<ReportSection> allowed;

    ReportType(String fr, String en, List<ReportSection> defaults, Set<ReportSection> allowed) {
        this.title = new Localized(fr, en);
        this.defaults = defaults;
        this.allowed = allowed;
    }

    public Localized title() {
        return title;
    }

    public List<ReportSection> defaultSections() {
        return defaults;
    }

    public boolean allows(ReportSection section) {
        return allowed.contains(section);
    }

    /** Only a funder report is scoped to use cases; it must name at least one. */
    public boolean scoped() {
        return this == FUNDER;
    }
}
