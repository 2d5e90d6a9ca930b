package org.gouvernail.rest.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * What every server-rendered page shares: text escaped for HTML, and its one style block allowed by a
 * Content-Security-Policy hash rather than by 'unsafe-inline'.
 */
public final class HtmlPages {

    private HtmlPages() {}

    /** HTML text: the five characters that could open markup or leave an attribute are escaped; null is empty. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The CSP source ('sha256-…') of a style block's content. */
    public static String styleHash(String style) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CSP source of a page template's one {@code <style>} block. */
    public static String styleHashOfPage(String page) {
        int open = page.indexOf("<style>");
        int close = page.indexOf("</style>");
        if (open < 0 || close < open) {
            throw new IllegalStateException("the page has no style block");
        }
        return styleHash(page.substring(open + "<style>".length(), close));
    }
}
