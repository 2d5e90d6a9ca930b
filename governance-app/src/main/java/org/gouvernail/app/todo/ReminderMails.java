package org.gouvernail.app.todo;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.TextBundle;
import org.gouvernail.domain.todo.Deadlines;
import org.gouvernail.domain.todo.DigestFrequency;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.Kinds;
import org.gouvernail.domain.todo.port.out.Postman.Mail;

/**
 * Mail composer: the digest and the urgent reminder of one person, in plain text and HTML, in their
 * language. An item shows what is asked (translated from its kind), the subject's own title (never a
 * feedback text: DueItem#title) and its deadline; every text that comes from users is HTML-escaped.
 * Each mail carries its unsubscribe link and the one-click headers of RFC 8058.
 */
final class ReminderMails {

    private static final TextBundle TEXTS = TextBundle.load(ReminderMails.class, "mails");

    private final String publicUrl;

    ReminderMails(String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    Mail digest(
            String to,
            String name,
            Language language,
            DigestFrequency frequency,
            List<DueItem> items,
            Map<OrganisationId, String> organisationNames,
            String unsubscribeToken,
            Instant now) {
        String subject = text("digest.subject." + frequency.name(), language).replace("{count}", "" + items.size());
        return compose(
                to,
                subject,
                text("digest.greeting", language).replace("{name}", name == null ? "" : name),
                text("digest.intro", language),
                language,
                items,
                organisationNames,
                unsubscribeToken,
                now);
    }

    Mail urgent(
            String to,
            String name,
            Language language,
            List<DueItem> items,
            Map<OrganisationId, String> organisationNames,
            String unsubscribeToken,
            Instant now) {
        return compose(
                to,
                text("urgent.subject", language),
                text("digest.greeting", language).replace("{name}", name == null ? "" : name),
                text("urgent.intro", language),
                language,
                items,
                organisationNames,
                unsubscribeToken,
                now);
    }

    String unsubscribeUrl(String token) {
        return publicUrl + "/api/v1/unsubscribe/" + token;
    }

    private Mail compose(
            String to,
            String subject,
            String greeting,
            String intro,
            Language language,
            List<DueItem> items,
            Map<OrganisationId, String> organisationNames,
            String unsubscribeToken,
            Instant now) {
        Map<OrganisationId, List<DueItem>> byOrganisation = new LinkedHashMap<>();
        items.forEach(item -> byOrganisation
                .computeIfAbsent(item.organisationId(), id -> new ArrayList<>())
                .add(item));
        String unsubscribe = unsubscribeUrl(unsubscribeToken);
        StringBuilder text =
                new StringBuilder(greeting).append("\n\n").append(intro).append("\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(language.code())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(subject))
                .append("</title></head><body><p>")
                .append(escape(greeting))
                .append("</p><p>")
                .append(escape(intro))
                .append("</p>");
        byOrganisation.forEach((organisation, mine) -> {
            String heading = organisationNames.getOrDefault(organisation, organisation.toString());
            text.append("\n").append(heading).append("\n");
            html.append("<h2>").append(escape(heading)).append("</h2><ul>");
            for (DueItem item : mine) {
                String what = what(item, language);
                String when = when(item, language, now);
                String link = publicUrl + item.link();
                text.append("- ")
                        .append(what)
                        .append(" (")
                        .append(when)
                        .append(")\n  ")
                        .append(link)
                        .append("\n");
                html.append("<li><a href=\"")
                        .append(escape(link))
                        .append("\">")
                        .append(escape(what))
                        .append("</a> (")
                        .append(item.overdueAt(now) ? "<strong>" + escape(when) + "</strong>" : escape(when))
                        .append(")</li>");
            }
            html.append("</ul>");
        });
        text.append("\n-- \n")
                .append(text("footer.why", language))
                .append("\n")
                .append(text("footer.unsubscribe", language))
                .append(": ")
                .append(unsubscribe)
                .append("\n")
                .append(text("footer.preferences", language))
                .append("\n");
        html.append("<hr><p><small>")
                .append(escape(text("footer.why", language)))
                .append(" <a href=\"")
                .append(escape(unsubscribe))
                .append("\">")
                .append(escape(text("footer.unsubscribe", language)))
                .append("</a>.<br>")
                .append(escape(text("footer.preferences", language)))
                .append("</small></p></body></html>");
        Map<String, String> headers = Map.of(
                "List-Unsubscribe", "<" + unsubscribe + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click",
                "Auto-Submitted", "auto-generated");
        return new Mail(to, subject, text.toString(), html.toString(), headers);
    }

    static String what(DueItem item, Language language) {
        return Kinds.describe(item, language);
    }

    private static String when(DueItem item, Language language, Instant now) {
        if (item.dueAt() == null) {
            return text("item.no-deadline", language);
        }
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.locale())
                .format(Deadlines.dayOf(item.dueAt()));
        return text(item.overdueAt(now) ? "item.overdue" : "item.due", language).replace("{date}", date);
    }

    private static String text(String key, Language language) {
        return TEXTS.text(key).in(language);
    }

    /** HTML escaping of text and attribute values: the five characters that could open markup or end a value. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
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
}
