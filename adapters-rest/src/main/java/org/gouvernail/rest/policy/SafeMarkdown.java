package org.gouvernail.rest.policy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Text guard of the policy documents: what members write is shown, never obeyed. In a parsed
 * Markdown text, raw HTML (a {@code <script>} block, an {@code <img onerror>} tag) becomes plain
 * text, and a link or image whose address is not http, https, mailto (links only) or relative
 * loses its address and keeps its words ({@code javascript:}, {@code data:}, {@code vbscript:},
 * {@code file:} …). The HTML and the Markdown documents both print the tree this leaves, so a
 * Markdown viewer that would render raw HTML gets nothing to render either. Plain texts (a title,
 * a rule's conditions) are escaped character by character for Markdown.
 */
final class SafeMarkdown {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    /** Browsers drop these from a URL before reading its scheme: "java\tscript:" is javascript:. */
    private static final Pattern IGNORED_IN_URL = Pattern.compile("[\\x00-\\x20\\x7F]");
    /** Characters that open inline Markdown (emphasis, code, links, images, raw HTML, entities, cells, strikethrough, heading ends). */
    private static final String INLINE_MARKUP = "\\`*_[]<>&|~!#";

    /** The same rule for the HTML renderer, which checks the addresses once more. */
    static final UrlSanitizer URLS = new UrlSanitizer() {
        @Override
        public String sanitizeLinkUrl(String url) {
            return safe(url, LINK_SCHEMES) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return safe(url, IMAGE_SCHEMES) ? url : "";
        }
    };

    private SafeMarkdown() {}

    /** Neutralises the parsed text in place and returns it. */
    static Node neutralised(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                Paragraph paragraph = new Paragraph();
                appendLines(paragraph, html.getLiteral());
                html.insertBefore(paragraph);
                html.unlink();
            }

            @Override
            public void visit(HtmlInline html) {
                html.insertBefore(new Text(html.getLiteral()));
                html.unlink();
            }

            @Override
            public void visit(Link link) {
                visitChildren(link);
                if (!safe(link.getDestination(), LINK_SCHEMES)) {
                    unwrap(link);
                }
            }

            @Override
            public void visit(Image image) {
                visitChildren(image);
                if (!safe(image.getDestination(), IMAGE_SCHEMES)) {
                    unwrap(image);
                }
            }
        });
        return document;
    }

    /** Plain text as Markdown inline content: shown as typed, on one line. */
    static String literal(String text) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " ");
        StringBuilder escaped = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (INLINE_MARKUP.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /**
     * Whether an address may stay: no scheme (relative, or a fragment), or one of {@code schemes}.
     * A colon after the first slash, question mark or hash is part of a path, not a scheme.
     */
    static boolean safe(String url, Set<String> schemes) {
        if (url == null) {
            return true;
        }
        String compact = IGNORED_IN_URL.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        if (colon < 0) {
            return true;
        }
        for (char delimiter : new char[] {'/', '?', '#'}) {
            int at = compact.indexOf(delimiter);
            if (at >= 0 && at < colon) {
                return true;
            }
        }
        return schemes.contains(compact.substring(0, colon));
    }

    private static void appendLines(Node parent, String literal) {
        String[] lines = literal.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                parent.appendChild(new SoftLineBreak());
            }
            parent.appendChild(new Text(lines[i]));
        }
    }

    /** Replaces a link or image by its words. */
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }
}
