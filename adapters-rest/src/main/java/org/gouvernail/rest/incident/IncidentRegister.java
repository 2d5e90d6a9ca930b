package org.gouvernail.rest.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gouvernail.domain.incident.Duty;
import org.gouvernail.domain.incident.DutyCode;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentFacts;
import org.gouvernail.rest.shared.HtmlPages;
import org.gouvernail.rest.shared.Spreadsheets;

/**
 * REST helper: the register of personal data breaches GDPR art. 33(5) asks the controller to keep
 * ("the facts relating to the personal data breach, its effects and the remedial action taken"),
 * one row per incident that carries the GDPR_33_5_REGISTER duty, as CSV or as a printable HTML page
 * whose every text is escaped and whose Content-Security-Policy loads and runs nothing.
 */
final class IncidentRegister {

    /** Nothing loads, nothing runs; the page's only style is inline attributes-free HTML. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final List<String> HEADER_EN = List.of(
            "incident",
            "detected at",
            "occurred at",
            "title",
            "type",
            "severity",
            "data categories",
            "people concerned",
            "number",
            "vulnerable",
            "harms",
            "status",
            "authority notification (art. 33(1))",
            "due at",
            "reference or reason",
            "people informed (art. 34)",
            "remedial action and lessons learned");

    private static final List<String> HEADER_FR = List.of(
            "incident",
            "détecté le",
            "survenu le",
            "titre",
            "type",
            "gravité",
            "catégories de données",
            "personnes concernées",
            "nombre",
            "vulnérables",
            "préjudices",
            "statut",
            "notification à l'autorité (art. 33, 1)",
            "échéance",
            "référence ou motif",
            "personnes informées (art. 34)",
            "mesures prises et enseignements");

    private IncidentRegister() {}

    static List<Incident> entries(List<Incident> incidents) {
        return incidents.stream()
                .filter(incident ->
                        incident.duties().stream().anyMatch(duty -> duty.code() == DutyCode.GDPR_33_5_REGISTER))
                .toList();
    }

    static List<String> header(Locale locale) {
        return Spreadsheets.french(locale) ? HEADER_FR : HEADER_EN;
    }

    static List<List<Object>> rows(List<Incident> incidents, Instant now) {
        List<List<Object>> rows = new ArrayList<>();
        for (Incident incident : entries(incidents)) {
            IncidentFacts facts = incident.facts();
            Optional<Duty> notify = duty(incident, DutyCode.GDPR_33_1_NOTIFY_AUTHORITY);
            Optional<Duty> inform = duty(incident, DutyCode.GDPR_34_INFORM_PEOPLE);
            List<Object> row = new ArrayList<>();
            row.add(incident.id().toString());
            row.add(text(facts.detectedAt()));
            row.add(text(facts.occurredAt()));
            row.add(facts.title());
            row.add(facts.type().name());
            row.add(incident.severity().name());
            row.add(facts.dataCategories().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")));
            row.add(text(facts.peopleGroups()));
            row.add(facts.peopleCount() == null ? "" : facts.peopleCount().toString());
            row.add(facts.vulnerablePeople() ? "yes" : "no");
            row.add(facts.harms().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")));
            row.add(incident.status().name());
            row.add(notify.map(duty -> state(duty, now)).orElse("NOT_APPLICABLE"));
            row.add(notify.map(duty -> text(duty.dueAt())).orElse(""));
            row.add(notify.map(IncidentRegister::referenceOrReason).orElse(""));
            row.add(inform.map(duty -> state(duty, now)).orElse("NOT_APPLICABLE"));
            row.add(text(incident.lessonsLearned()));
            rows.add(row);
        }
        return rows;
    }

    static String csv(Locale locale, List<Incident> incidents, Instant now) {
        return Spreadsheets.csv(locale, header(locale), rows(incidents, now));
    }

    static String html(Locale locale, List<Incident> incidents, Instant now) {
        boolean french = Spreadsheets.french(locale);
        String title = french
                ? "Registre des violations de données (RGPD art. 33, 5)"
                : "Register of personal data breaches (GDPR art. 33(5))";
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"")
                .append(french ? "fr" : "en")
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(HtmlPages.escape(title))
                .append("</title>\n</head>\n<body>\n<h1>")
                .append(HtmlPages.escape(title))
                .append("</h1>\n<table border=\"1\" cellpadding=\"4\">\n<thead><tr>");
        for (String column : header(locale)) {
            page.append("<th>").append(HtmlPages.escape(column)).append("</th>");
        }
        page.append("</tr></thead>\n<tbody>\n");
        for (List<Object> row : rows(incidents, now)) {
            page.append("<tr>");
            for (Object cell : row) {
                page.append("<td>")
                        .append(HtmlPages.escape(String.valueOf(cell)))
                        .append("</td>");
            }
            page.append("</tr>\n");
        }
        return page.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
    }

    private static Optional<Duty> duty(Incident incident, DutyCode code) {
        return incident.duties().stream().filter(duty -> duty.code() == code).findFirst();
    }

    private static String state(Duty duty, Instant now) {
        boolean late = duty.state().name().equals("PENDING")
                && duty.dueAt() != null
                && duty.dueAt().isBefore(now);
        return late ? "LATE" : duty.state().name();
    }

    private static String referenceOrReason(Duty duty) {
        return duty.reference() != null ? duty.reference() : text(duty.notRequiredReason());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
