package org.gouvernail.domain.report;

import org.gouvernail.domain.shared.Localized;

/** Reference data: a section a report may hold, with its heading in French and English. */
public enum ReportSection {
    POSTURE("Situation par domaine", "Posture per area"),
    CHANGES("Évolution depuis le rapport précédent", "Change since the last report"),
    DECISIONS_DUE("Décisions et actions attendues", "Decisions and actions due"),
    TOP_RISKS("Principaux risques", "Top risks"),
    RISK_HEATMAP("Carte des risques", "Risk heatmap"),
    USE_CASE_MATRIX("Matrice des cas d'usage", "Use-case matrix"),
    TRENDS("Tendances", "Trends"),
    USE_CASES("Cas d'usage", "Use cases"),
    DPIA_SCREENINGS("Pré-examens d'analyse d'impact (AIPD)", "DPIA screenings"),
    INCIDENTS("Incidents et obligations", "Incidents and duties"),
    LITERACY("Maîtrise de l'IA (formation)", "AI literacy (training)"),
    DECISIONS("Décisions du comité", "Committee decisions"),
    APPLY_OR_EXPLAIN("Appliquer ou expliquer", "Apply or explain"),
    INDICATORS("Indicateurs", "Indicators");

    private final Localized heading;

    ReportSection(String fr, String en) {
        this.heading = new Localized(fr, en);
    }

    public Localized heading() {
        return heading;
    }
}
