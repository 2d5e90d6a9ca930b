package org.gouvernail.rest.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.gouvernail.domain.report.Report;
import org.gouvernail.domain.report.ReportContent;
import org.gouvernail.domain.report.ReportContent.CountLine;
import org.gouvernail.domain.report.ReportContent.DecisionLine;
import org.gouvernail.domain.report.ReportContent.DueLine;
import org.gouvernail.domain.report.ReportContent.IncidentLine;
import org.gouvernail.domain.report.ReportContent.IndicatorLine;
import org.gouvernail.domain.report.ReportContent.MatrixCell;
import org.gouvernail.domain.report.ReportContent.PostureLine;
import org.gouvernail.domain.report.ReportContent.PracticeLine;
import org.gouvernail.domain.report.ReportContent.RiskLine;
import org.gouvernail.domain.report.ReportContent.UseCaseLine;
import org.gouvernail.domain.report.ReportSection;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.rest.shared.HtmlPages;

/**
 * A report as one XHTML page that needs no JavaScript: the same markup is served as HTML and laid out
 * as PDF, every text escaped, one style block allowed by its hash, images only as data: URIs. The
 * texts are in the report's language (French or English); a final report shows its SHA-256.
 */
final class ReportPage {

    static final String STYLE = "@page{size:A4;margin:16mm 14mm 18mm 14mm}"
            + "body{font-family:sans-serif;font-size:10pt;line-height:1.35;color:#1b1b1b;margin:0}"
            + "main{max-width:56rem;margin:0 auto}h1{font-size:18pt;margin:0 0 2pt 0}"
            + "h2{font-size:13pt;margin:10pt 0 4pt 0;border-bottom:1px solid #bbb}"
            + ".meta{color:#555;margin:0 0 6pt 0}table{border-collapse:collapse;width:100%;margin:2pt 0 6pt 0}"
            + "th,td{border:1px solid #ccc;padding:2pt 4pt;text-align:left;vertical-align:top}"
            + "th{background:#eee}.RED{background:#c62828;color:#fff}.AMBER{background:#ef6c00;color:#fff}"
            + ".GREEN{background:#2e7d32;color:#fff}.UNKNOWN{background:#9e9e9e;color:#fff}"
            + ".BETTER{color:#2e7d32}.WORSE{color:#c62828}.charts td{border:none;padding:0 8pt 0 0}"
            + "footer{margin-top:12pt;border-top:1px solid #bbb;padding-top:4pt;color:#555;font-size:8pt}"
            + "section{page-break-inside:auto}.hash{font-family:monospace;word-wrap:break-word}";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src "
            + HtmlPages.styleHash(STYLE) + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final Map<String, Map<String, String>> LABELS = Map.of(
            "fr",
            Map.ofEntries(
                    Map.entry("period", "Période du %s au %s"),
                    Map.entry("drawn", "Données des registres au %s"),
                    Map.entry(
                            "draft",
                            "BROUILLON : les données sont tirées des registres à chaque lecture et ne sont pas figées."),
                    Map.entry("final", "Rapport final, figé le %s. Empreinte SHA-256 du contenu :"),
                    Map.entry("decision", "Approuvé par la décision du comité %s."),
                    Map.entry("chair", "Le mot de la présidence"),
                    Map.entry("summary", "Synthèse"),
                    Map.entry("area", "Domaine"),
                    Map.entry("rating", "Appréciation"),
                    Map.entry("why", "Indicateur déterminant"),
                    Map.entry("indicator", "Indicateur"),
                    Map.entry("before", "Avant"),
                    Map.entry("now", "Maintenant"),
                    Map.entry("change", "Écart"),
                    Map.entry("compared", "Comparé au %s."),
                    Map.entry("nothing", "Rien à signaler."),
                    Map.entry("noprevious", "Aucune période précédente à laquelle comparer."),
                    Map.entry("due", "Échéance"),
                    Map.entry("what", "Objet"),
                    Map.entry("title", "Intitulé"),
                    Map.entry("category", "Catégorie"),
                    Map.entry("inherent", "Brut"),
                    Map.entry("residual", "Résiduel"),
                    Map.entry("status", "Statut"),
                    Map.entry("inherentMap", "Risques bruts (probabilité en abscisse, gravité en ordonnée)"),
                    Map.entry("residualMap", "Risques résiduels"),
                    Map.entry(
                            "matrix",
                            "En haut : impact fort ; à gauche : faible complexité. Haut gauche : gains rapides ; haut droite : grands projets ; bas gauche : appoints ; bas droite : à éviter ; bande grise : non évalués."),
                    Map.entry("quadrant", "Quadrant"),
                    Map.entry("count", "Nombre"),
                    Map.entry("people", "Personnes concernées"),
                    Map.entry("data", "Données"),
                    Map.entry("oversight", "Contrôle humain"),
                    Map.entry("tier", "Niveau AI Act"),
                    Map.entry("dpia", "Pré-examen AIPD"),
                    Map.entry("usecase", "Cas d'usage"),
                    Map.entry("day", "Date"),
                    Map.entry("severity", "Gravité"),
                    Map.entry("duties", "Obligations (en retard)"),
                    Map.entry("subject", "Sujet"),
                    Map.entry("outcome", "Décision"),
                    Map.entry("rationale", "Motivation"),
                    Map.entry("practice", "Pratique recommandée"),
                    Map.entry("explanation", "Explication"),
                    Map.entry("value", "Valeur"),
                    Map.entry("unit", "Unité"),
                    Map.entry("number", "N°")),
            "en",
            Map.ofEntries(
                    Map.entry("period", "Period from %s to %s"),
                    Map.entry("drawn", "Register data as of %s"),
                    Map.entry("draft", "DRAFT: the data is drawn from the registers at each read and is not frozen."),
                    Map.entry("final", "Final report, frozen on %s. SHA-256 of the content:"),
                    Map.entry("decision", "Approved by committee decision %s."),
                    Map.entry("chair", "The chair's words"),
                    Map.entry("summary", "Summary"),
                    Map.entry("area", "Area"),
                    Map.entry("rating", "Rating"),
                    Map.entry("why", "Deciding indicator"),
                    Map.entry("indicator", "Indicator"),
                    Map.entry("before", "Before"),
                    Map.entry("now", "Now"),
                    Map.entry("change", "Change"),
                    Map.entry("compared", "Compared with %s."),
                    Map.entry("nothing", "Nothing to report."),
                    Map.entry("noprevious", "No previous period to compare with."),
                    Map.entry("due", "Due"),
                    Map.entry("what", "What"),
                    Map.entry("title", "Title"),
                    Map.entry("category", "Category"),
                    Map.entry("inherent", "Inherent"),
                    Map.entry("residual", "Residual"),
                    Map.entry("status", "Status"),
                    Map.entry("inherentMap", "Inherent risks (likelihood across, severity up)"),
                    Map.entry("residualMap", "Residual risks"),
                    Map.entry(
                            "matrix",
                            "Top: high impact; left: low complexity. Top left: quick wins; top right: major projects; bottom left: fill-ins; bottom right: to avoid; grey band: not scored."),
                    Map.entry("quadrant", "Quadrant"),
                    Map.entry("count", "Count"),
                    Map.entry("people", "People affected"),
                    Map.entry("data", "Data"),
                    Map.entry("oversight", "Human oversight"),
                    Map.entry("tier", "AI Act tier"),
                    Map.entry("dpia", "DPIA screening"),
                    Map.entry("usecase", "Use case"),
                    Map.entry("day", "Date"),
                    Map.entry("severity", "Severity"),
                    Map.entry("duties", "Duties (late)"),
                    Map.entry("subject", "Subject"),
                    Map.entry("outcome", "Outcome"),
                    Map.entry("rationale", "Rationale"),
                    Map.entry("practice", "Recommended practice"),
                    Map.entry("explanation", "Explanation"),
                    Map.entry("value", "Value"),
                    Map.entry("unit", "Unit"),
                    Map.entry("number", "No.")));

    private final ReportContent content;
    private final Report report;
    private final Map<String, String> label;
    private final Language language;
    private final StringBuilder page = new StringBuilder(16_384);

    private ReportPage(Report report, ReportContent content) {
        this.report = report;
        this.content = content;
        this.language = "en".equals(content.language()) ? Language.EN : Language.FR;
        this.label = LABELS.get(language.code());
    }

    /** The page of {@code report} with {@code content} (the frozen one for a final report). */
    static String xhtml(Report report, ReportContent content) {
        return new ReportPage(report, content).build();
    }

    private String build() {
        String heading = content.typeTitle() + (content.title() == null ? "" : " : " + content.title());
        page.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(language.code())
                .append(
                        "\"><head><meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width\"/><title>")
                .append(esc(content.organisationName() + " - " + heading))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body><main><h1>")
                .append(esc(content.organisationName()))
                .append("</h1><p class=\"meta\"><strong>")
                .append(esc(heading))
                .append("</strong><br/>")
                .append(esc(label.get("period").formatted(day(content.periodFrom()), day(content.periodTo()))))
                .append(". ")
                .append(esc(label.get("drawn").formatted(instant(content.drawnAt()))))
                .append(".</p>");
        if (content.summary() != null) {
            page.append("<section><h2>").append(esc(label.get("summary"))).append("</h2>");
            paragraphs(content.summary());
            page.append("</section>");
        }
        if (content.chairWords() != null) {
            page.append("<section><h2>").append(esc(label.get("chair"))).append("</h2>");
            paragraphs(content.chairWords());
            page.append("</section>");
        }
        for (ReportSection section : content.sections()) {
            page.append("<section><h2>")
                    .append(esc(section.heading().in(language)))
                    .append("</h2>");
            section(section);
            page.append("</section>");
        }
        page.append("<footer>");
        if (report.isFinal()) {
            page.append("<p>")
                    .append(esc(label.get("final").formatted(instant(report.finalisedAt()))))
                    .append("<br/><span class=\"hash\">")
                    .append(esc(report.sha256()))
                    .append("</span></p>");
            if (report.approvedByDecision() != null) {
                page.append("<p>")
                        .append(esc(label.get("decision").formatted(report.approvedByDecision())))
                        .append("</p>");
            }
        } else {
            page.append("<p>").append(esc(label.get("draft"))).append("</p>");
        }
        page.append("</footer></main></body></html>\n");
        return page.toString();
    }

    private void section(ReportSection section) {
        switch (section) {
            case POSTURE -> posture(content.posture());
            case CHANGES -> changes();
            case DECISIONS_DUE -> due(content.due());
            case TOP_RISKS -> risks(content.topRisks());
            case RISK_HEATMAP -> heatmaps();
            case USE_CASE_MATRIX -> matrix(content.useCaseMatrix());
            case TRENDS -> trends();
            case USE_CASES -> useCases(content.useCases());
            case DPIA_SCREENINGS -> dpia(content.useCases());
            case INCIDENTS -> incidents(content.incidents());
            case LITERACY -> literacy(content.literacy());
            case DECISIONS -> decisions(content.decisions());
            case APPLY_OR_EXPLAIN -> practices(content.practices());
            case INDICATORS -> indicators(content.indicators());
        }
    }

    private void posture(List<PostureLine> lines) {
        head("area", "rating", "why");
        for (PostureLine line : lines) {
            page.append("<tr><td>")
                    .append(esc(line.label()))
                    .append("</td><td class=\"")
                    .append(line.rating().name())
                    .append("\">")
                    .append(line.rating().name())
                    .append("</td><td>")
                    .append(esc(line.reason()))
                    .append("</td></tr>");
        }
        page.append("</table>");
    }

    private void changes() {
        List<IndicatorLine> changed = content.indicators().stream()
                .filter(line -> line.delta() != null && line.delta() != 0)
                .toList();
        if (content.comparedWith() == null) {
            note("noprevious");
            return;
        }
        page.append("<p>")
                .append(esc(label.get("compared").formatted(day(content.comparedWith()))))
                .append("</p>");
        if (changed.isEmpty()) {
            note("nothing");
            return;
        }
        head("indicator", "before", "now", "change");
        for (IndicatorLine line : changed) {
            page.append("<tr><td>")
                    .append(esc(line.label()))
                    .append("</td><td>")
                    .append(number(line.previous()))
                    .append("</td><td>")
                    .append(number(line.value()))
                    .append("</td><td class=\"")
                    .append(line.judgement() == null ? "" : line.judgement())
                    .append("\">")
                    .append(signed(line.delta()))
                    .append("</td></tr>");
        }
        page.append("</table>");
    }

    private void due(List<DueLine> lines) {
        if (lines.isEmpty()) {
            note("nothing");
            return;
        }
        head("what", "title", "due");
        for (DueLine line : lines) {
            row(line.kind(), line.title(), line.dueAt() == null ? "" : instant(line.dueAt()));
        }
        page.append("</table>");
    }

    private void risks(List<RiskLine> lines) {
        if (lines.isEmpty()) {
            note("nothing");
            return;
        }
        head("title", "category", "inherent", "residual", "status");
        for (RiskLine line : lines) {
            row(
                    line.title(),
                    line.category(),
                    Integer.toString(line.inherentScore()),
                    line.residualScore() == null ? "" : line.residualScore().toString(),
                    line.status());
        }
        page.append("</table>");
    }

    private void heatmaps() {
        page.append("<table class=\"charts\"><tr><td>")
                .append(image(ReportCharts.heatmap(content.inherentRisks()), label.get("inherentMap"), 200))
                .append("<br/>")
                .append(esc(label.get("inherentMap")))
                .append("</td><td>")
                .append(image(ReportCharts.heatmap(content.residualRisks()), label.get("residualMap"), 200))
                .append("<br/>")
                .append(esc(label.get("residualMap")))
                .append("</td></tr></table>");
    }

    private void matrix(List<MatrixCell> cells) {
        page.append("<p>")
                .append(image(ReportCharts.matrix(cells), label.get("matrix"), 180))
                .append("</p><p>")
                .append(esc(label.get("matrix")))
                .append("</p>");
        if (!cells.isEmpty()) {
            head("quadrant", "status", "count");
            for (MatrixCell cell : cells) {
                row(cell.quadrant(), cell.status(), Long.toString(cell.count()));
            }
            page.append("</table>");
        }
    }

    private void trends() {
        List<IndicatorLine> changed = content.indicators().stream()
                .filter(line -> line.delta() != null)
                .toList();
        if (changed.isEmpty()) {
            note("noprevious");
            return;
        }
        page.append("<p>")
                .append(image(ReportCharts.trends(content.indicators()), "trends", 420))
                .append("</p>");
        head("number", "indicator", "before", "now", "change");
        int i = 1;
        for (IndicatorLine line : changed) {
            row(
                    Integer.toString(i++),
                    line.label(),
                    number(line.previous()),
                    number(line.value()),
                    signed(line.delta()));
        }
        page.append("</table>");
    }

    private void useCases(List<UseCaseLine> lines) {
        if (lines.isEmpty()) {
            note("nothing");
            return;
        }
        head("usecase", "status", "people", "data", "oversight", "tier", "dpia");
        for (UseCaseLine line : lines) {
            row(
                    line.title(),
                    line.status(),
                    line.peopleAffected(),
                    String.join(", ", line.dataCategories()),
                    line.humanOversight(),
                    line.aiActTier(),
                    line.dpiaOutcome());
        }
        page.append("</table>");
    }

    private void dpia(List<UseCaseLine> lines) {
        if (lines.isEmpty()) {
            note("nothing");
            return;
        }
        head("usecase", "status", "dpia");
        for (UseCaseLine line : lines) {
            row(line.title(), line.status(), line.dpiaOutcome() == null ? "-" : line.dpiaOutcome());
        }
        page.append("</table>");
    }

    private void incidents(List<IncidentLine> lines) {
        if (lines.isEmpty()) {
            note("nothing");
            return;
        }
        head("day", "title", "severity", "status", "duties");
        for (IncidentLine line : lines) {
            row(
                    day(line.occurredOn()),
                    line.title(),
                    line.severity(),
                    line.status(),
                    line.duties() + " (" + line.dutiesLate() + ")");
        }
        page.append("</table>");
    }

    private void literacy(List<CountLine> lines) {
        content.indicators().stream()
                .filter(line -> line.code().startsWith("literacy."))
                .forEach(line -> page.append("<p>")
                        .append(esc(line.label()))
                        .append(" : ")
                        .append(number(line.value()))
                        .append("</p>"));
        head("what", "count");
        for (CountLine line : lines) {
            row(line.key(), Long.toString(line.count()));
        }
        page.append("</table>");
    }

    private void decisions(List<DecisionLine> lines) {
        if (lines.isEmpty()) {
            note("nothing");
            return;
        }
        head("day", "subject", "outcome", "rationale");
        for (DecisionLine line : lines) {
            row(day(line.day()), line.subject(), line.outcome(), line.rationale());
        }
        page.append("</table>");
    }

    private void practices(List<PracticeLine> lines) {
        if (lines.isEmpty()) {
            note("nothing");
            return;
        }
        head("practice", "status", "explanation");
        for (PracticeLine line : lines) {
            row(line.title(), line.status(), line.explanation());
        }
        page.append("</table>");
    }

    private void indicators(List<IndicatorLine> lines) {
        head("area", "indicator", "value", "unit", "before", "change");
        for (IndicatorLine line : lines) {
            row(
                    line.area(),
                    line.label(),
                    number(line.value()),
                    line.unit(),
                    number(line.previous()),
                    line.delta() == null ? "" : signed(line.delta()));
        }
        page.append("</table>");
    }

    private void head(String... keys) {
        page.append("<table><tr>");
        for (String key : keys) {
            page.append("<th>").append(esc(label.get(key))).append("</th>");
        }
        page.append("</tr>");
    }

    private void row(String... cells) {
        page.append("<tr>");
        for (String cell : cells) {
            page.append("<td>").append(esc(cell)).append("</td>");
        }
        page.append("</tr>");
    }

    private void note(String key) {
        page.append("<p>").append(esc(label.get(key))).append("</p>");
    }

    private void paragraphs(String text) {
        for (String paragraph : text.split("\\R\\s*\\R")) {
            page.append("<p>")
                    .append(esc(paragraph.strip()).replaceAll("\\R", "<br/>"))
                    .append("</p>");
        }
    }

    private static String image(byte[] png, String alt, int width) {
        return "<img src=\"" + ReportCharts.dataUri(png) + "\" alt=\"" + esc(alt) + "\" width=\"" + width + "\"/>";
    }

    private static String esc(String text) {
        return HtmlPages.escape(text);
    }

    private static String number(Long value) {
        return value == null ? "-" : value.toString();
    }

    private static String signed(Long value) {
        return value == null ? "" : value > 0 ? "+" + value : value.toString();
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String instant(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(ZoneOffset.UTC)) + " "
                        + DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }
}
