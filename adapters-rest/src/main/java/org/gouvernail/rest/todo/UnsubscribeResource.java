package org.gouvernail.rest.todo;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.TextBundle;
import org.gouvernail.domain.todo.port.in.Reminders;

/**
 * REST resource: the unsubscribe link of every mail, without signing in. The GET only shows a button
 * (mail scanners open links, and must not unsubscribe anyone); the POST unsubscribes, as the one-click
 * POST of RFC 8058 that mail clients send with the body "List-Unsubscribe=One-Click".
 */
@Path("/api/v1/unsubscribe/{token}")
@PermitAll
@Tag(name = "Me", description = "Who I am and where I take part")
public class UnsubscribeResource {

    private static final TextBundle TEXTS = TextBundle.load(UnsubscribeResource.class, "unsubscribe");

    private final Reminders reminders;

    public UnsubscribeResource(Reminders reminders) {
        this.reminders = reminders;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @SecurityRequirements
    @Operation(
            operationId = "getUnsubscribePage",
            summary = "The page of the unsubscribe link",
            description = "No sign-in. A page with one button that unsubscribes; 404 for an unknown token.")
    @APIResponse(responseCode = "200", description = "The page")
    public String page(@PathParam("token") String token, HttpHeaders headers) {
        Language language = language(headers);
        return html(
                language,
                "<p>" + text("page.ask", language) + "</p><form method=\"post\"><button type=\"submit\">"
                        + text("page.button", language) + "</button></form>");
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    @SecurityRequirements
    @Operation(
            operationId = "unsubscribe",
            summary = "Unsubscribe (one click, RFC 8058)",
            description = "No sign-in. No more digests and no urgent reminders for the person the token names; they "
                    + "may choose again in their preferences. 404 for an unknown token. Any body is accepted "
                    + "(List-Unsubscribe=One-Click from a mail client, an empty form from the page).")
    @APIResponse(responseCode = "200", description = "Unsubscribed")
    public String unsubscribe(@PathParam("token") String token, HttpHeaders headers) {
        reminders.unsubscribe(token);
        Language language = language(headers);
        return html(language, "<p>" + text("page.done", language) + "</p>");
    }

    private static Language language(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream()
                .map(Locale::toLanguageTag)
                .map(Language::find)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Language.FALLBACK);
    }

    private static String text(String key, Language language) {
        return TEXTS.text(key).in(language);
    }

    /** The page; its texts are the platform's own, none comes from the request. */
    private static String html(Language language, String body) {
        return "<!DOCTYPE html><html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\"><title>"
                + text("page.title", language) + " – Gouvernail</title></head><body><h1>" + text("page.title", language)
                + "</h1>" + body + "</body></html>";
    }
}
