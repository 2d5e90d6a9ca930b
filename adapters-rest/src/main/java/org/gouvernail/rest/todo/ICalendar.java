package org.gouvernail.rest.todo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.todo.Deadlines;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.Kinds;

/**
 * Representation: due items as an iCalendar feed (RFC 5545). Each dated item is an all-day event on
 * its day in Brussels (a meeting day, a review date, a deadline), with a UID stable across reads (kind
 * and subject), DTSTAMP, the subject's link, CRLF line ends, text escaped (§3.3.11) and lines folded
 * at 75 octets without cutting a UTF-8 character (§3.1).
 */
final class ICalendar {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
    private static final int MAX_OCTETS = 75;

    private ICalendar() {}

    static String of(List<DueItem> items, Instant now, Language language, String publicBase) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Gouvernail//To-do feed//" + language.code().toUpperCase(Locale.ROOT));
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + escape("Gouvernail"));
        String stamp = STAMP.format(now.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        for (DueItem item : items) {
            if (item.dueAt() == null) {
                continue;
            }
            LocalDate day = Deadlines.dayOf(item.dueAt());
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escape(item.kind() + "-" + item.subjectId() + "@gouvernail"));
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(day));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
            line(out, "SUMMARY:" + escape(Kinds.describe(item, language)));
            line(out, "URL:" + publicBase + item.link());
            line(out, "DESCRIPTION:" + escape(publicBase + item.link()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks. */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends one content line, folded: at most 75 octets a line, continuations start with a space. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
