package org.gouvernail.rest.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkdownTest {

    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .build();
    /** Without the renderer's own escaping: what reaches the page is what the guard left. */
    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    private static final String HOSTILE = """
            # Charte

            <script>alert(1)</script>

            Texte <img src=x onerror=alert(2)> suite <b onclick="alert(3)">gras</b>.

            [clic](javascript:alert(4)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](VBScript:msgbox)
            [tab](java\tscript:alert(5)) <javascript:alert(6)> [ref][r] ![img](javascript:alert(7))
            ![pixel](data:image/png;base64,AAAA)

            | Outil | Note |
            |---|---|
            | <script>alert(8)</script> | [x](javascript:alert(9)) |

            [r]: javascript:alert(10)

            [site](https://example.org/a:b) [mail](mailto:dpo@example.org) [rel](/docs/charte#x:y) ![logo](https://example.org/logo.png)
            """;

    /** A tag opened in Markdown: a '<' that no backslash escapes. */
    private static final String UNESCAPED_TAG = "(?<!\\\\)</?\\w";
    /** A link opened in Markdown: a '[' that no backslash escapes. */
    private static final String UNESCAPED_LINK = "(?<!\\\\)\\[";

    private static String markdown(String text) {
        return MARKDOWN.render(SafeMarkdown.neutralised(PARSER.parse(text)));
    }

    private static String html(String text) {
        return HTML.render(SafeMarkdown.neutralised(PARSER.parse(text)));
    }

    @Test
    void rawHtmlAndUnsafeLinksNeverReachTheMarkdownDocument() {
        String markdown = markdown(HOSTILE);

        assertThat(markdown)
                .doesNotContainPattern(UNESCAPED_TAG)
                .doesNotContain("](javascript", "](data:", "](VBScript")
                .contains("\\<script\\>alert(1)\\</script\\>", "\\<img src=x onerror=alert(2)\\>")
                .contains("clic", "data", "vb", "ref", "img", "pixel")
                .contains(
                        "[site](https://example.org/a:b)",
                        "[mail](mailto:dpo@example.org)",
                        "[rel](/docs/charte#x:y)",
                        "![logo](https://example.org/logo.png)");
    }

    @Test
    void aMarkdownViewerRenderingTheDocumentAgainGetsNoMarkupEither() {
        String again = HTML.render(PARSER.parse(markdown(HOSTILE)));

        assertThat(again)
                .doesNotContain("<script", "<img src=\"x\"", "<img src=x", "<b ", "href=\"javascript")
                .doesNotContain("href=\"data:", "src=\"javascript", "src=\"data:", "href=\"VBScript", "href=\"java")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;alert(8)&lt;/script&gt;")
                .contains("href=\"https://example.org/a:b\"", "src=\"https://example.org/logo.png\"");
    }

    @Test
    void theHtmlDocumentPrintsTheSameTreeAsText() {
        String html = html(HOSTILE);

        assertThat(html)
                .doesNotContain("<script", "<img src=x", "onerror=alert(2)>", "<b ", "javascript:alert(4)\"")
                .doesNotContain("href=\"javascript", "href=\"data:", "src=\"javascript", "src=\"data:")
                .contains("&lt;img src=x onerror=alert(2)&gt;", "href=\"mailto:dpo@example.org\"");
    }

    @Test
    void plainTextIsShownAsTyped() {
        String typed = "Titre <img src=x onerror=alert(1)> [x](javascript:alert(2)) *a* | b & c\nsuite";

        String literal = SafeMarkdown.literal(typed);
        String rendered = HTML.render(PARSER.parse(literal));

        assertThat(literal)
                .doesNotContain("\n")
                .doesNotContainPattern(UNESCAPED_TAG)
                .doesNotContainPattern(UNESCAPED_LINK);
        assertThat(rendered)
                .isEqualTo(
                        "<p>Titre &lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(2)) *a* | b &amp; c suite</p>\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                " javascript:alert(1)",
                "java\nscript:alert(1)",
                "data:text/html,x",
                "vbscript:x",
                "file:///etc/passwd"
            })
    void unsafeSchemesAreRefused(String url) {
        assertThat(SafeMarkdown.safe(url, Set.of("http", "https", "mailto"))).isFalse();
        assertThat(SafeMarkdown.URLS.sanitizeLinkUrl(url)).isEmpty();
        assertThat(SafeMarkdown.URLS.sanitizeImageUrl(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"https://example.org", "http://example.org/a:b", "mailto:a@b.org", "/x:y", "#top", "page?q=a:b"})
    void safeAddressesStay(String url) {
        assertThat(SafeMarkdown.URLS.sanitizeLinkUrl(url)).isEqualTo(url);
    }
}
