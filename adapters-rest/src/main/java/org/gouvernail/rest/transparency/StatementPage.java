package org.gouvernail.rest.transparency;

import java.util.List;
import java.util.Map;
import org.gouvernail.domain.transparency.StatementContent;
import org.gouvernail.domain.transparency.StatementEntry;
import org.gouvernail.domain.transparency.StatementFacts;
import org.gouvernail.domain.transparency.StatementRisk;
import org.gouvernail.domain.transparency.TransparencyStatement;
import org.gouvernail.rest.shared.HtmlPages;

/**
 * The public statement as an HTML page that needs no JavaScript: every text escaped, one style
 * block allowed by its hash, nothing else loadable (Content-Security-Policy), French or English.
 */
final class StatementPage {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;"
            + "padding:0 1rem;line-height:1.5;color:#1b1b1b}h1,h2,h3{line-height:1.2}section{border-top:1px solid #ccc;"
            + "padding-top:.5rem}dt{font-weight:600}dd{margin:0 0 .5rem 0}";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src " + HtmlPages.styleHash(STYLE)
            + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final Map<String, Map<String, String>> LABELS = Map.of(
            "fr",
            Map.ofEntries(
                    Map.entry("title", "Notre usage de l'intelligence artificielle"),
                    Map.entry("version", "Version %d, publiée le %s par décision du comité"),
                    Map.entry("principles", "Nos principes"),
                    Map.entry("contact", "Une question sur l'IA ? Écrivez à"),
                    Map.entry("concern", "Faire part d'une inquiétude"),
                    Map.entry("uses", "Les usages qui vous concernent"),
                    Map.entry("none", "Aucun usage de l'IA ne s'adresse au public ni ne concerne nos bénéficiaires."),
                    Map.entry("stage", "Étape"),
                    Map.entry("what", "Ce que cela fait (et ne fait pas)"),
                    Map.entry("tools", "Outils et fournisseurs (hébergement)"),
                    Map.entry("data", "Catégories de données"),
                    Map.entry("oversight", "Contrôle humain"),
                    Map.entry("tier", "Niveau AI Act et obligations d'information"),
                    Map.entry("dpia", "Analyse d'impact (AIPD) : résultat du pré-examen"),
                    Map.entry("since", "Depuis"),
                    Map.entry("risks", "Principaux risques et garde-fous"),
                    Map.entry("reach", "Parler à une personne, contester"),
                    Map.entry("reachText", "Écrivez à %s ou utilisez le formulaire de questions en citant cet usage."),
                    Map.entry("OFFERED", "Un résultat peut être contesté auprès d'une personne."),
                    Map.entry("NOT_OFFERED", "Aucune voie de recours n'est encore prévue pour cet usage."),
                    Map.entry("IN_PLACE", "contrat de sous-traitance en place"),
                    Map.entry("PARTIAL", "contrat de sous-traitance partiel"),
                    Map.entry("MISSING", "pas de contrat de sous-traitance"),
                    Map.entry("UNKNOWN", "contrat de sous-traitance : inconnu"),
                    Map.entry("NOT_ASSESSED", "fournisseur pas encore évalué"),
                    Map.entry("hosting", "hébergement"),
                    Map.entry("facts", "Quelques chiffres"),
                    Map.entry("trained", "Part des personnes formées à l'IA : %d %%"),
                    Map.entry("incidents", "Incidents liés à l'IA ces douze derniers mois : %d"),
                    Map.entry("changed", "Ce que nous avons changé"),
                    Map.entry("internal", "Usages internes (productivité), par activité")),
            "en",
            Map.ofEntries(
                    Map.entry("title", "How we use artificial intelligence"),
                    Map.entry("version", "Version %d, published on %s by a committee decision"),
                    Map.entry("principles", "Our principles"),
                    Map.entry("contact", "A question about AI? Write to"),
                    Map.entry("concern", "Raising a concern"),
                    Map.entry("uses", "The uses that concern you"),
                    Map.entry("none", "No use of AI faces the public or affects our beneficiaries."),
                    Map.entry("stage", "Stage"),
                    Map.entry("what", "What it does (and does not do)"),
                    Map.entry("tools", "Tools and vendors (hosting)"),
                    Map.entry("data", "Data categories"),
                    Map.entry("oversight", "Human oversight"),
                    Map.entry("tier", "AI Act tier and disclosures owed"),
                    Map.entry("dpia", "DPIA screening result"),
                    Map.entry("since", "Since"),
                    Map.entry("risks", "Main risks and safeguards"),
                    Map.entry("reach", "Reaching a person, contesting"),
                    Map.entry("reachText", "Write to %s or use the question form, naming this use."),
                    Map.entry("OFFERED", "An outcome can be contested with a person."),
                    Map.entry("NOT_OFFERED", "No way to contest is in place yet for this use."),
                    Map.entry("IN_PLACE", "processor agreement in place"),
                    Map.entry("PARTIAL", "processor agreement partly in place"),
                    Map.entry("MISSING", "no processor agreement"),
                    Map.entry("UNKNOWN", "processor agreement: unknown"),
                    Map.entry("NOT_ASSESSED", "vendor not assessed yet"),
                    Map.entry("hosting", "hosting"),
                    Map.entry("facts", "Some figures"),
                    Map.entry("trained", "Share of people trained in AI: %d%%"),
                    Map.entry("incidents", "AI incidents in the last twelve months: %d"),
                    Map.entry("changed", "What we changed"),
                    Map.entry("internal", "Internal uses (productivity), per activity")));

    private StatementPage() {}

    static String html(TransparencyStatement statement, String lang) {
        Map<String, String> label = LABELS.get(lang);
        StatementContent content = statement.content();
        StringBuilder page = new StringBuilder(4096);
        page.append("<!DOCTYPE html>\n<html lang=\"")
                .append(lang)
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>")
                .append(HtmlPages.escape(content.organisationName()))
                .append(" — ")
                .append(HtmlPages.escape(label.get("title")))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body><main><h1>")
                .append(HtmlPages.escape(content.organisationName()))
                .append("</h1><h2>")
                .append(HtmlPages.escape(label.get("title")))
                .append("</h2><p>")
                .append(HtmlPages.escape(String.format(
                        label.get("version"),
                        statement.number(),
                        statement.publishedAt() == null
                                ? ""
                                : statement.publishedAt().toString().substring(0, 10))))
                .append("</p>");
        if (content.principles() != null) {
            page.append("<h2>")
                    .append(HtmlPages.escape(label.get("principles")))
                    .append("</h2>");
            paragraphs(page, content.principles());
        }
        page.append("<p>")
                .append(HtmlPages.escape(label.get("contact")))
                .append(" <a href=\"mailto:")
                .append(HtmlPages.escape(content.contactAddress()))
                .append("\">")
                .append(HtmlPages.escape(content.contactAddress()))
                .append("</a></p>");
        if (content.howToRaiseAConcern() != null) {
            page.append("<h2>").append(HtmlPages.escape(label.get("concern"))).append("</h2>");
            paragraphs(page, content.howToRaiseAConcern());
        }
        page.append("<h2>").append(HtmlPages.escape(label.get("uses"))).append("</h2>");
        if (content.entries().isEmpty()) {
            page.append("<p>").append(HtmlPages.escape(label.get("none"))).append("</p>");
        }
        for (StatementEntry entry : content.entries()) {
            page.append("<section><h3>").append(HtmlPages.escape(entry.name())).append("</h3><dl>");
            term(page, label.get("stage"), entry.stage());
            term(page, label.get("what"), entry.whatItDoes());
            term(
                    page,
                    label.get("tools"),
                    entry.vendors().isEmpty()
                            ? join(entry.tools())
                            : join(entry.vendors().stream()
                                    .map(tool -> tool.name()
                                            + " (" + (tool.vendor() == null ? "" : tool.vendor() + ", ")
                                            + label.get("hosting") + " " + tool.hostingRegion() + ", "
                                            + label.get(
                                                    tool.processorAgreement().name()) + ")")
                                    .toList()));
            term(page, label.get("data"), join(entry.dataCategories()));
            term(page, label.get("oversight"), entry.humanOversight());
            term(
                    page,
                    label.get("tier"),
                    entry.aiActTier() == null
                            ? null
                            : entry.aiActTier()
                                    + (entry.disclosures().isEmpty() ? "" : " — " + join(entry.disclosures())));
            term(page, label.get("dpia"), entry.dpiaResult());
            if (!entry.risks().isEmpty()) {
                page.append("<dt>").append(HtmlPages.escape(label.get("risks"))).append("</dt><dd><ul>");
                for (StatementRisk risk : entry.risks()) {
                    page.append("<li>")
                            .append(HtmlPages.escape(risk.title() + " (" + risk.level() + ")"))
                            .append(
                                    risk.safeguards().isEmpty()
                                            ? ""
                                            : ": " + HtmlPages.escape(String.join(" · ", risk.safeguards())))
                            .append("</li>");
                }
                page.append("</ul></dd>");
            }
            term(
                    page,
                    label.get("reach"),
                    String.format(label.get("reachText"), content.contactAddress())
                            + (entry.recourse() == null ? "" : " " + label.get(entry.recourse())));
            term(
                    page,
                    label.get("since"),
                    entry.since() == null ? null : entry.since().toString());
            page.append("</dl></section>");
        }
        StatementFacts facts = content.facts();
        if (facts != null) {
            page.append("<h2>").append(HtmlPages.escape(label.get("facts"))).append("</h2><ul>");
            if (facts.literacyCoverage() != null) {
                page.append("<li>")
                        .append(HtmlPages.escape(String.format(label.get("trained"), facts.literacyCoverage())))
                        .append("</li>");
            }
            if (facts.incidentsLast12Months() != null) {
                page.append("<li>")
                        .append(HtmlPages.escape(String.format(label.get("incidents"), facts.incidentsLast12Months())))
                        .append("</li>");
            }
            page.append("</ul>");
            if (!facts.lessonsLearned().isEmpty()) {
                page.append("<h3>")
                        .append(HtmlPages.escape(label.get("changed")))
                        .append("</h3><ul>");
                facts.lessonsLearned()
                        .forEach(lesson -> page.append("<li>")
                                .append(HtmlPages.escape(lesson))
                                .append("</li>"));
                page.append("</ul>");
            }
        }
        if (!content.internalUses().isEmpty()) {
            page.append("<h2>").append(HtmlPages.escape(label.get("internal"))).append("</h2><ul>");
            content.internalUses()
                    .forEach(use ->
                            page.append("<li>").append(HtmlPages.escape(use)).append("</li>"));
            page.append("</ul>");
        }
        return page.append("</main></body></html>\n").toString();
    }

    private static void term(StringBuilder page, String term, String value) {
        if (value != null && !value.isBlank()) {
            page.append("<dt>")
                    .append(HtmlPages.escape(term))
                    .append("</dt><dd>")
                    .append(HtmlPages.escape(value))
                    .append("</dd>");
        }
    }

    private static void paragraphs(StringBuilder page, String text) {
        for (String paragraph : text.split("\\R\\s*\\R")) {
            page.append("<p>").append(HtmlPages.escape(paragraph.strip())).append("</p>");
        }
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(" · ", values);
    }
}
