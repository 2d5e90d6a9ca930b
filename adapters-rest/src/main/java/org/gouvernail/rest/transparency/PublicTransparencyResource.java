package org.gouvernail.rest.transparency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.transparency.TransparencyStatement;
import org.gouvernail.domain.transparency.port.in.AiTransparency;
import org.gouvernail.domain.transparency.port.in.AiTransparency.PublicHistory;
import org.gouvernail.domain.transparency.port.in.AiTransparency.Published;
import org.gouvernail.rest.shared.LeavesNoTrace;
import org.gouvernail.rest.transparency.TransparencyJson.PublicHistoryView;
import org.gouvernail.rest.transparency.TransparencyJson.PublicVersion;
import org.gouvernail.rest.transparency.TransparencyJson.PublicView;
import org.gouvernail.rest.transparency.TransparencyJson.QuestionInput;
import org.gouvernail.rest.transparency.TransparencyJson.QuestionReceived;

/**
 * REST resource, public: the AI transparency statement in force, read by anyone without a token,
 * addressed by the organisation's slug. Only PUBLISHED and SUPERSEDED versions are ever shown;
 * 404 as long as nothing is published. Responses may be cached by anyone for a short while
 * (Cache-Control public, max-age 300) and revalidated with If-None-Match. The API's limit for
 * calls without a token applies per client address.
 */
@Path("/api/v1/public/organisations/{slug}/ai-transparency")
@Tag(name = "AI transparency")
public class PublicTransparencyResource {

    static final int MAX_AGE = 300;
    private static final String SLUG = "The organisation's slug";

    private final AiTransparency transparency;

    public PublicTransparencyResource(AiTransparency transparency) {
        this.transparency = transparency;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(
            operationId = "getPublicTransparencyStatement",
            summary = "The AI transparency statement in force (public, no token)",
            description =
                    "JSON, or with Accept: text/html a page that needs no JavaScript (French or English: ?lang=fr|en, "
                            + "else Accept-Language, else French), with a Content-Security-Policy that loads nothing. "
                            + "ETag; 304 on If-None-Match; Cache-Control public, max-age=300. 404 while nothing is published.")
    @APIResponse(
            responseCode = "200",
            description = "The statement",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicView.class)),
                @Content(
                        mediaType = MediaType.TEXT_HTML,
                        schema = @Schema(type = SchemaType.STRING, maxLength = 500000))
            })
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response statement(
            @PathParam("slug")
                    @Parameter(
                            description = SLUG,
                            schema = @Schema(maxLength = 60, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$"))
                    String slug,
            @QueryParam("lang")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"fr", "en"}))
                    String lang,
            @Context HttpHeaders headers,
            @Context Request request) {
        Published published = transparency.published(slug).orElseThrow(() -> new NotFound("ai-transparency", slug));
        TransparencyStatement statement = published.statement();
        boolean html = wantsHtml(headers);
        String language = html ? language(lang, headers) : null;
        EntityTag tag = new EntityTag(statement.id() + "-" + statement.number() + (html ? "-html-" + language : ""));
        Response.ResponseBuilder notModified = org.gouvernail.rest.shared.Versions.preconditions(request, tag);
        if (notModified != null) {
            return cached(notModified, tag).build();
        }
        if (html) {
            return cached(
                            Response.ok(
                                    StatementPage.html(statement, language),
                                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")),
                            tag)
                    .header("Content-Security-Policy", StatementPage.CONTENT_SECURITY_POLICY)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Language", language)
                    .header("Vary", "Accept, Accept-Language")
                    .build();
        }
        return cached(Response.ok(PublicView.from(slug, statement), MediaType.APPLICATION_JSON_TYPE), tag)
                .header("Vary", "Accept, Accept-Language")
                .build();
    }

    @GET
    @Path("/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listPublicTransparencyVersions",
            summary = "The public version history of the statement (public, no token)",
            description =
                    "Every version ever published, newest first, with what it said: the one in force is PUBLISHED, "
                            + "the others SUPERSEDED. Never a draft. ETag, 304, Cache-Control public. 404 while nothing is published.")
    @APIResponse(
            responseCode = "200",
            description = "The history",
            content = @Content(schema = @Schema(implementation = PublicHistoryView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response versions(
            @PathParam("slug")
                    @Parameter(
                            description = SLUG,
                            schema = @Schema(maxLength = 60, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$"))
                    String slug,
            @Context Request request) {
        PublicHistory history = transparency.history(slug).orElseThrow(() -> new NotFound("ai-transparency", slug));
        TransparencyStatement newest = history.versions().get(0);
        EntityTag tag = new EntityTag(
                "history-" + newest.id() + "-" + history.versions().size());
        Response.ResponseBuilder notModified = org.gouvernail.rest.shared.Versions.preconditions(request, tag);
        if (notModified != null) {
            return cached(notModified, tag).build();
        }
        return cached(
                        Response.ok(new PublicHistoryView(
                                slug,
                                history.versions().stream()
                                        .map(PublicVersion::from)
                                        .toList())),
                        tag)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @Path("/algoritmeregister")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "exportTransparencyToAlgoritmeregister",
            summary = "The statement in force in the fields of the Dutch Algoritmeregister (publication standard 1.0)",
            description =
                    "Public, no token. One algorithm per entry; snake_case field names of the standard. Mapped: name, "
                            + "description_short, organization, status, begin_date, contact_email, website, publication_category, "
                            + "goal, human_intervention, impacttoetsen (DPIA screening), source_data (data categories), provider "
                            + "(tools, vendors, hosting), lang, standard_version, source_id (use case id), publication_dt. Always "
                            + "null: category, end_date, url, proportionality, risks, lawful_basis, process_index_url, "
                            + "methods_and_models, publiccode, lars (the register assigns it). 404 while nothing is published.")
    @APIResponse(
            responseCode = "200",
            description = "The export",
            content = @Content(schema = @Schema(implementation = Algoritmeregister.Export.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response algoritmeregister(
            @PathParam("slug")
                    @Parameter(
                            description = SLUG,
                            schema = @Schema(maxLength = 60, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$"))
                    String slug,
            @Context UriInfo uri,
            @Context Request request) {
        Published published = transparency.published(slug).orElseThrow(() -> new NotFound("ai-transparency", slug));
        TransparencyStatement statement = published.statement();
        EntityTag tag = new EntityTag(statement.id() + "-" + statement.number() + "-nl10");
        Response.ResponseBuilder notModified = org.gouvernail.rest.shared.Versions.preconditions(request, tag);
        if (notModified != null) {
            return cached(notModified, tag).build();
        }
        String website = uri.getBaseUriBuilder()
                .path("api/v1/public/organisations")
                .path(slug)
                .path("ai-transparency")
                .build()
                .toString();
        return cached(Response.ok(Algoritmeregister.of(statement, website)), tag)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @POST
    @Path("/questions")
    @LeavesNoTrace
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "askAboutTransparencyStatement",
            summary = "Ask a question or report an error about the statement (public, no token)",
            description =
                    "Public, no token, anonymous: kept as an anonymous feedback item (kind QUESTION or ERROR_REPORT, "
                            + "about the use case when one is named) for the organisation's feedback handlers; no identity is stored. "
                            + "Open where the platform opens the public feedback form (GOUVERNAIL_FEEDBACK_PUBLIC_FORM), 404 otherwise "
                            + "and while nothing is published. Rate-limited per address (429).")
    @APIResponse(
            responseCode = "201",
            description = "Received",
            content = @Content(schema = @Schema(implementation = QuestionReceived.class)))
    public Response ask(
            @PathParam("slug")
                    @Parameter(
                            description = SLUG,
                            schema = @Schema(maxLength = 60, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$"))
                    String slug,
            @NotNull @Valid QuestionInput question) {
        FeedbackItem item = transparency.ask(slug, question.kind(), question.useCaseId(), question.text());
        return Response.status(201)
                .entity(new QuestionReceived(item.id().value(), item.kind(), item.receivedOn()))
                .build();
    }

    private static Response.ResponseBuilder cached(Response.ResponseBuilder builder, EntityTag tag) {
        return builder.tag(tag).header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE);
    }

    private static boolean wantsHtml(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    private static String language(String lang, HttpHeaders headers) {
        if ("fr".equals(lang) || "en".equals(lang)) {
            return lang;
        }
        for (Locale locale : headers.getAcceptableLanguages()) {
            String language = locale.getLanguage().toLowerCase(Locale.ROOT);
            if (language.equals("fr") || language.equals("en")) {
                return language;
            }
        }
        return "fr";
    }
}
