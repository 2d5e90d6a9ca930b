package org.gouvernail.rest.training;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gouvernail.domain.training.Audience;
import org.gouvernail.domain.training.LiteracyDossier;
import org.gouvernail.domain.training.LiteracyDossier.PersonLine;
import org.gouvernail.domain.training.LiteracyDossier.RecordLine;
import org.gouvernail.domain.training.LiteracyRequirement;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.rest.shared.HtmlPages;

/**
 * Document: the AI literacy evidence dossier as a printable HTML page, rendered on the server by a
 * Qute template whose every value is escaped (no value is inserted raw: a module title or a
 * rationale can never inject markup), served with a Content-Security-Policy that allows the page's
 * own style block by its hash and nothing else, like the policy documents ({@code PolicyDocument}).
 */
@ApplicationScoped
public class DossierDocument {

    private final Template html;
    private final String contentSecurityPolicy;

    public DossierDocument(Engine engine) {
        String page = resource("dossier.html");
        this.html = engine.parse(page, Variant.forContentType(Variant.TEXT_HTML));
        this.contentSecurityPolicy = "default-src 'none'; style-src " + HtmlPages.styleHashOfPage(page)
                + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    /** One table of the page: its caption, column headings and rows of plain texts. */
    @TemplateData
    public record Table(String caption, List<String> columns, List<List<String>> rows) {}

    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    /** The page in French, English or Dutch ({@code lang}), with the requirements in force by the dossier's day. */
    public String html(LiteracyDossier dossier, List<LiteracyRequirement> requirements, String lang) {
        Map<String, String> t = Texts.of(lang);
        Map<TrainingModuleId, String> codes = dossier.modules().stream()
                .collect(Collectors.toMap(TrainingModule::id, TrainingModule::code, (a, b) -> a));
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(
                t.get("requirements"),
                words(t, "title", "revision", "level", "trigger", "audience", "modules", "due", "refresh", "rationale"),
                requirements.stream()
                        .map(r -> List.of(
                                r.terms().title(),
                                String.valueOf(r.revision()),
                                r.terms().level().name(),
                                r.terms().trigger().name(),
                                audience(r.terms().audience()),
                                r.terms().moduleIds().stream()
                                        .map(id -> codes.getOrDefault(id, id.toString()))
                                        .collect(Collectors.joining(", ")),
                                String.valueOf(r.terms().dueWithinDays()),
                                r.terms().refreshMonths() == null
                                        ? ""
                                        : String.valueOf(r.terms().refreshMonths()),
                                r.terms().rationale()))
                        .toList()));
        tables.add(new Table(
                t.get("modules"),
                words(t, "code", "title", "revision", "status", "validity"),
                dossier.modules().stream()
                        .map(m -> List.of(
                                m.code(),
                                m.content().title(),
                                String.valueOf(m.revision()),
                                m.status().name(),
                                m.content().validityMonths() == null
                                        ? ""
                                        : String.valueOf(m.content().validityMonths())))
                        .toList()));
        tables.add(new Table(
                t.get("sessions"),
                words(t, "title", "date", "status", "present"),
                dossier.sessions().stream()
                        .map(s -> List.of(
                                s.details().title(),
                                s.details().date().toString(),
                                s.status().name(),
                                s.present().size() + " / " + s.attendance().size()))
                        .toList()));
        List<List<String>> people = new ArrayList<>();
        for (PersonLine person : dossier.people()) {
            for (RecordLine line : person.records()) {
                people.add(List.of(
                        person.name() == null ? person.memberId().toString() : person.name(),
                        person.personType() == null ? "" : person.personType().name(),
                        line.moduleCode() == null ? "" : line.moduleCode(),
                        String.valueOf(line.record().moduleRevision()),
                        line.record().completedOn().toString(),
                        line.record().method().name(),
                        line.record().validUntil() == null
                                ? ""
                                : line.record().validUntil().toString(),
                        line.status().name()));
            }
        }
        tables.add(new Table(
                t.get("records"),
                words(t, "person", "type", "code", "revision", "completed", "method", "until", "status"),
                people));
        tables.add(new Table(
                t.get("totals"),
                words(t, "status", "count"),
                dossier.totals().entrySet().stream()
                        .map(e -> List.of(e.getKey().name(), String.valueOf(e.getValue())))
                        .toList()));
        return html.data("lang", t.get("lang"))
                .data("title", t.get("heading"))
                .data(
                        "heading",
                        List.of(
                                t.get("asOf") + " " + dossier.asOf(),
                                t.get("generated") + " " + dossier.generatedAt(),
                                dossier.namesShown() ? t.get("named") : t.get("anonymous"),
                                LiteracyDossier.BASIS))
                .data("tables", tables)
                .data("none", t.get("none"))
                .data("footer", t.get("footer"))
                .render();
    }

    private static List<String> words(Map<String, String> t, String... keys) {
        return Stream.of(keys).map(t::get).toList();
    }

    private static String audience(Audience audience) {
        List<String> parts = new ArrayList<>();
        audience.personTypes().stream().sorted().forEach(type -> parts.add(type.name()));
        audience.roles().stream().sorted().forEach(role -> parts.add(role.name()));
        audience.teams().stream().sorted().forEach(parts::add);
        audience.toolCategories().stream().sorted().forEach(category -> parts.add(category.name()));
        if (!audience.toolIds().isEmpty()) {
            parts.add("tools: " + audience.toolIds().size());
        }
        if (!audience.useCaseIds().isEmpty()) {
            parts.add("use cases: " + audience.useCaseIds().size());
        }
        if (audience.dataCategoryAtLeast() != null) {
            parts.add("≥ " + audience.dataCategoryAtLeast().name());
        }
        return parts.isEmpty() ? "*" : String.join(", ", parts);
    }

    private static String resource(String name) {
        try (InputStream in = DossierDocument.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's words in each language. */
    private static final class Texts {

        private static final Map<String, String> FR = Map.ofEntries(
                Map.entry("lang", "fr"),
                Map.entry("heading", "Dossier de preuves : maîtrise de l'IA (art. 4 du règlement IA)"),
                Map.entry("asOf", "Situation à la fin du"),
                Map.entry("generated", "Produit le"),
                Map.entry("named", "Personnes nommées (lecteur ADMIN ou DATA_REFERENT)."),
                Map.entry(
                        "anonymous",
                        "Personnes désignées par leur identifiant (les noms sont réservés à ADMIN et DATA_REFERENT)."),
                Map.entry("requirements", "Exigences de formation et leur justification"),
                Map.entry("modules", "Modules"),
                Map.entry("sessions", "Sessions"),
                Map.entry("records", "Formations suivies"),
                Map.entry("totals", "Totaux par statut"),
                Map.entry("title", "Titre"),
                Map.entry("revision", "Version"),
                Map.entry("level", "Niveau"),
                Map.entry("trigger", "Déclencheur"),
                Map.entry("audience", "Public"),
                Map.entry("due", "Délai (jours)"),
                Map.entry("refresh", "Rafraîchir (mois)"),
                Map.entry("rationale", "Justification"),
                Map.entry("code", "Code"),
                Map.entry("status", "Statut"),
                Map.entry("validity", "Validité (mois)"),
                Map.entry("date", "Date"),
                Map.entry("present", "Présents / marqués"),
                Map.entry("person", "Personne"),
                Map.entry("type", "Type"),
                Map.entry("completed", "Suivi le"),
                Map.entry("method", "Méthode"),
                Map.entry("until", "Valable jusqu'au"),
                Map.entry("count", "Nombre"),
                Map.entry("none", "Aucun."),
                Map.entry(
                        "footer",
                        "Registre interne, sans certificat requis (Q&R de la Commission sur la maîtrise de l'IA, 7 mai 2025)."));

        private static final Map<String, String> EN = Map.ofEntries(
                Map.entry("lang", "en"),
                Map.entry("heading", "Evidence dossier: AI literacy (AI Act art. 4)"),
                Map.entry("asOf", "As of the end of"),
                Map.entry("generated", "Generated at"),
                Map.entry("named", "People named (reader ADMIN or DATA_REFERENT)."),
                Map.entry("anonymous", "People shown by their id (names only for ADMIN and DATA_REFERENT)."),
                Map.entry("requirements", "Literacy requirements and their rationale"),
                Map.entry("modules", "Modules"),
                Map.entry("sessions", "Sessions"),
                Map.entry("records", "Trainings completed"),
                Map.entry("totals", "Totals by status"),
                Map.entry("title", "Title"),
                Map.entry("revision", "Revision"),
                Map.entry("level", "Level"),
                Map.entry("trigger", "Trigger"),
                Map.entry("audience", "Audience"),
                Map.entry("due", "Due within (days)"),
                Map.entry("refresh", "Refresh (months)"),
                Map.entry("rationale", "Rationale"),
                Map.entry("code", "Code"),
                Map.entry("status", "Status"),
                Map.entry("validity", "Validity (months)"),
                Map.entry("date", "Date"),
                Map.entry("present", "Present / marked"),
                Map.entry("person", "Person"),
                Map.entry("type", "Type"),
                Map.entry("completed", "Completed on"),
                Map.entry("method", "Method"),
                Map.entry("until", "Valid until"),
                Map.entry("count", "Count"),
                Map.entry("none", "None."),
                Map.entry(
                        "footer",
                        "Internal record; no certificate required (Commission Q&A on AI literacy, 7 May 2025)."));

        private static final Map<String, String> NL = merged(
                EN,
                Map.ofEntries(
                        Map.entry("lang", "nl"),
                        Map.entry("heading", "Bewijsdossier: AI-geletterdheid (AI-verordening art. 4)"),
                        Map.entry("asOf", "Stand op het einde van"),
                        Map.entry("generated", "Aangemaakt op"),
                        Map.entry("requirements", "Geletterdheidsvereisten en hun motivering"),
                        Map.entry("records", "Gevolgde opleidingen"),
                        Map.entry("totals", "Totalen per status"),
                        Map.entry("rationale", "Motivering"),
                        Map.entry("none", "Geen."),
                        Map.entry(
                                "footer",
                                "Intern register; geen certificaat vereist (Q&A van de Commissie over AI-geletterdheid, 7 mei 2025).")));

        private static Map<String, String> merged(Map<String, String> base, Map<String, String> over) {
            Map<String, String> all = new java.util.HashMap<>(base);
            all.putAll(over);
            return Map.copyOf(all);
        }

        static Map<String, String> of(String lang) {
            return switch (lang) {
                case "en" -> EN;
                case "nl" -> NL;
                default -> FR;
            };
        }
    }
}
