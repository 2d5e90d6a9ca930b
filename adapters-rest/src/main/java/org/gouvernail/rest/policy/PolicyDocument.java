package org.gouvernail.rest.policy;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.UsageRule;
import org.gouvernail.domain.policy.VersionContent;
import org.gouvernail.domain.policy.port.in.UsagePolicies.VersionView;
import org.gouvernail.rest.shared.HtmlPages;

/**
 * The printable document of a policy version, in the version's language: title, status and dates,
 * the easy-to-read summary, the full text, then the rules as a table. The Markdown texts are
 * rendered with raw HTML escaped and unsafe links dropped, and every other value is escaped by the
 * template engine: a policy text can never inject markup into the page. The Markdown document is
 * held to the same rule ({@link SafeMarkdown}): raw HTML turns into text, unsafe links into their
 * words, and the plain texts (title, rule cells) are escaped, for the Markdown viewers that render
 * raw HTML. The HTML page comes with a Content-Security-Policy that allows its own style block and
 * https images, nothing else: no script runs in it even if a flaw let one through.
 */
@ApplicationScoped
public class PolicyDocument {

    /** Belgian time: the organisations are Belgian and French-speaking first. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private static final int BODY_DEPTH = 1;
    private static final int SUMMARY_DEPTH = 2;

    private final Parser parser =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(SafeMarkdown.URLS)
            .build();
    private final MarkdownRenderer markdownRenderer = MarkdownRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .build();
    private final Template html;
    private final String contentSecurityPolicy;

    public PolicyDocument(Engine engine) {
        String page = resource("document.html");
        this.html = engine.parse(page, Variant.forContentType(Variant.TEXT_HTML));
        this.contentSecurityPolicy = "default-src 'none'; style-src " + HtmlPages.styleHashOfPage(page)
                + "; img-src https:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    /** The Content-Security-Policy header of the HTML document. */
    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    /** One row of the rules table, every cell already in words (the annotation gives the template its value resolvers). */
    @TemplateData
    public record Row(String subject, String ceiling, String verdict, String conditions, String rationale) {}

    public String html(VersionView view) {
        Locale locale = PolicyTexts.locale(view.version().language());
        VersionContent content = view.version().content();
        return html.data("title", view.policy().title())
                .data("lang", view.version().language())
                .data("heading", headings(view, locale))
                .data("summaryLabel", PolicyTexts.text(locale, "document.summary"))
                .data(
                        "summary",
                        content.summary() == null ? null : renderer.render(parsed(content.summary(), SUMMARY_DEPTH)))
                .data("body", content.body() == null ? null : renderer.render(parsed(content.body(), BODY_DEPTH)))
                .data("rulesLabel", PolicyTexts.text(locale, "document.rules"))
                .data(
                        "columns",
                        List.of(
                                PolicyTexts.text(locale, "document.subject"),
                                PolicyTexts.text(locale, "document.ceiling"),
                                PolicyTexts.text(locale, "document.verdict"),
                                PolicyTexts.text(locale, "document.conditions"),
                                PolicyTexts.text(locale, "document.rationale")))
                .data("rows", rows(view, locale))
                .data("noRules", PolicyTexts.text(locale, "document.no-rules"))
                .data(
                        "footer",
                        PolicyTexts.text(
                                locale, "document.footer", view.version().number()))
                .render();
    }

    public String markdown(VersionView view) {
        Locale locale = PolicyTexts.locale(view.version().language());
        VersionContent content = view.version().content();
        StringBuilder text = new StringBuilder("# ")
                .append(SafeMarkdown.literal(view.policy().title()))
                .append("\n\n");
        headings(view, locale)
                .forEach(line ->
                        text.append("*").append(SafeMarkdown.literal(line)).append("*  \n"));
        if (content.summary() != null) {
            text.append("\n## ")
                    .append(PolicyTexts.text(locale, "document.summary"))
                    .append("\n\n")
                    .append(markdownRenderer.render(parsed(content.summary(), SUMMARY_DEPTH)))
                    .append("\n");
        }
        if (content.body() != null) {
            text.append("\n")
                    .append(markdownRenderer.render(parsed(content.body(), BODY_DEPTH)))
                    .append("\n");
        }
        text.append("\n## ").append(PolicyTexts.text(locale, "document.rules")).append("\n\n");
        List<Row> rows = rows(view, locale);
        if (rows.isEmpty()) {
            text.append(PolicyTexts.text(locale, "document.no-rules")).append("\n");
        } else {
            text.append("| ")
                    .append(String.join(
                            " | ",
                            List.of(
                                    PolicyTexts.text(locale, "document.subject"),
                                    PolicyTexts.text(locale, "document.ceiling"),
                                    PolicyTexts.text(locale, "document.verdict"),
                                    PolicyTexts.text(locale, "document.conditions"),
                                    PolicyTexts.text(locale, "document.rationale"))))
                    .append(" |\n");
            text.append("|---|---|---|---|---|\n");
            rows.forEach(row -> text.append("| ")
                    .append(String.join(
                            " | ",
                            cell(row.subject()),
                            cell(row.ceiling()),
                            cell(row.verdict()),
                            cell(row.conditions()),
                            cell(row.rationale())))
                    .append(" |\n"));
        }
        text.append("\n---\n\n*")
                .append(SafeMarkdown.literal(PolicyTexts.text(
                        locale, "document.footer", view.version().number())))
                .append("*\n");
        return text.toString();
    }

    private static List<String> headings(VersionView view, Locale locale) {
        PolicyVersion version = view.version();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        List<String> lines = new ArrayList<>();
        lines.add(PolicyTexts.text(locale, "document.version", version.number()));
        lines.add(PolicyTexts.text(locale, "document.status", PolicyTexts.label(locale, version.status())));
        if (version.publishedAt() != null) {
            lines.add(PolicyTexts.text(
                    locale,
                    "document.published",
                    dates.format(version.publishedAt().atZone(ZONE).toLocalDate())));
        }
        if (version.content().nextReviewDate() != null) {
            lines.add(PolicyTexts.text(
                    locale, "document.review", dates.format(version.content().nextReviewDate())));
        }
        return lines;
    }

    private static List<Row> rows(VersionView view, Locale locale) {
        return view.version().content().rules().rules().stream()
                .map(rule -> row(rule, view, locale))
                .toList();
    }

    private static Row row(UsageRule rule, VersionView view, Locale locale) {
        String toolName = rule.subject().toolId() == null
                ? null
                : view.toolNames().get(rule.subject().toolId());
        return new Row(
                PolicyTexts.subject(locale, rule.subject(), toolName),
                PolicyTexts.label(locale, rule.dataCeiling()),
                PolicyTexts.label(locale, rule.verdict()),
                rule.conditions() == null ? "" : rule.conditions(),
                rule.rationale() == null ? "" : rule.rationale());
    }

    /** A Markdown table cell: the plain text on one line, shown as typed. */
    private static String cell(String value) {
        return SafeMarkdown.literal(value);
    }

    /**
     * The text parsed, its headings moved {@code depth} levels down: the document's title is the only
     * level-1 heading, the summary sits under its own level-2 heading.
     */
    private Node parsed(String markdown, int depth) {
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + depth));
                visitChildren(heading);
            }
        });
        return SafeMarkdown.neutralised(document);
    }

    private static String resource(String name) {
        try (InputStream in = PolicyDocument.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
