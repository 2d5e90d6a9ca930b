package org.gouvernail.rest.catalogue;

import static org.gouvernail.rest.shared.Params.organisationId;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.catalogue.CatalogueEntry;
import org.gouvernail.domain.catalogue.CatalogueEntryId;
import org.gouvernail.domain.catalogue.port.in.SharedCatalogue;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.catalogue.CatalogueJson.CountView;
import org.gouvernail.rest.catalogue.CatalogueJson.Details;
import org.gouvernail.rest.catalogue.CatalogueJson.EntryView;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.MergePatch;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;

/**
 * REST resource: a federation's shared tool catalogue (ADR 0028). The federation's ADMIN writes
 * entries; the members of its ACTIVE member associations read the published ones. Anyone else gets
 * 404: the catalogue does not reveal itself.
 */
@Path("/api/v1/federations/{federationId}/catalogue")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Federations",
        description = "Federations of associations: links, consents, roll-up dashboards (fédérations)")
public class CatalogueResource {

    private final SharedCatalogue catalogue;
    private final CallerFactory callers;
    private final MergePatch mergePatch;

    public CatalogueResource(SharedCatalogue catalogue, CallerFactory callers, MergePatch mergePatch) {
        this.catalogue = catalogue;
        this.callers = callers;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(
            operationId = "listCatalogueEntries",
            summary = "The federation's shared tool catalogue",
            description = "Role: the federation's ADMIN (every entry, drafts included) or any member of an ACTIVE "
                    + "member association (PUBLISHED entries only). Oldest first.")
    @APIResponse(responseCode = "200", description = "One page of entries")
    @APIResponse(responseCode = "404", description = "No such federation for the caller")
    public Listing<EntryView> list(@PathParam("federationId") String federationId, @BeanParam PageQuery paging) {
        return Pages.listing(
                catalogue.entries(callers.current(), organisationId(federationId), paging.request()), EntryView::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createCatalogueEntry",
            summary = "Write a catalogue entry (DRAFT)",
            description = "Role: the federation's ADMIN. Members see it once published. Audited in the "
                    + "federation's trail.")
    @APIResponse(
            responseCode = "201",
            description = "Created as a DRAFT",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    public Response create(
            @PathParam("federationId") String federationId, @NotNull @Valid Details details, @Context UriInfo uri) {
        CatalogueEntry entry = catalogue.create(callers.current(), organisationId(federationId), details.toDomain());
        return Versions.created(uri, entry.id(), entry.version(), EntryView.from(entry));
    }

    @GET
    @Path("/adoption-counts")
    @Operation(
            operationId = "countCatalogueAdoptions",
            summary = "How many members adopted each entry",
            description = "Role: the federation's ADMIN. Only adopters that are ACTIVE members count, each once per "
                    + "entry; a count below the minimum group size (GOUVERNAIL_FEDERATION_MIN_CONTRIBUTORS, at least "
                    + "5) is suppressed. Entries nobody adopted are absent.")
    @APIResponse(
            responseCode = "200",
            description = "One line per adopted entry",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                                            implementation = CountView.class,
                                            maxItems = 100000)))
    public List<CountView> adoptionCounts(@PathParam("federationId") String federationId) {
        return catalogue.adoptionCounts(callers.current(), organisationId(federationId)).stream()
                .map(CountView::from)
                .toList();
    }

    @GET
    @Path("/{entryId}")
    @Operation(
            operationId = "getCatalogueEntry",
            summary = "One catalogue entry",
            description = "Role: the federation's ADMIN, or any member of an ACTIVE member association (a PUBLISHED "
                    + "entry only; 404 otherwise).")
    @APIResponse(
            responseCode = "200",
            description = "The entry, with its ETag",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("federationId") String federationId,
            @PathParam("entryId") String entryId,
            @Context Request request) {
        CatalogueEntry entry = catalogue.entry(callers.current(), organisationId(federationId), entryId(entryId));
        return Versions.read(request, entry.version(), EntryView.from(entry));
    }

    @PATCH
    @Path("/{entryId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "reviseCatalogueEntry",
            summary = "Revise a catalogue entry (JSON merge patch)",
            description = "Role: the federation's ADMIN. If-Match required. On a PUBLISHED entry, a change of the "
                    + "review date, level, data ceiling, recommendation or conditions is a re-assessment: the revision "
                    + "rises and adopters are asked to review their tool. A DEPRECATED entry is frozen (409).")
    @APIResponse(
            responseCode = "200",
            description = "Revised",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "409", description = "DEPRECATED (catalogue-entry-transition)")
    public Response revise(
            @PathParam("federationId") String federationId,
            @PathParam("entryId") String entryId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the entry", required = true) String ifMatch,
            @NotNull @Schema(implementation = Details.class) JsonNode patch) {
        OrganisationId federation = organisationId(federationId);
        CatalogueEntryId id = entryId(entryId);
        long expected = Versions.expected(ifMatch);
        CatalogueEntry current = catalogue.editable(callers.current(), federation, id);
        Details changed = mergePatch.apply(Details.from(current.content()), patch, Details.class);
        CatalogueEntry revised = catalogue.revise(callers.current(), federation, id, expected, changed.toDomain());
        return Versions.changed(revised.version(), EntryView.from(revised));
    }

    @POST
    @Path("/{entryId}/publish")
    @Operation(
            operationId = "publishCatalogueEntry",
            summary = "Publish a draft entry to the members",
            description = "Role: the federation's ADMIN. If-Match required. DRAFT → PUBLISHED, revision 1.")
    @APIResponse(
            responseCode = "200",
            description = "Published",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (catalogue-entry-transition)")
    public Response publish(
            @PathParam("federationId") String federationId,
            @PathParam("entryId") String entryId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the entry", required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        CatalogueEntry entry =
                catalogue.publish(callers.current(), organisationId(federationId), entryId(entryId), expected);
        return Versions.changed(entry.version(), EntryView.from(entry));
    }

    @POST
    @Path("/{entryId}/deprecate")
    @Operation(
            operationId = "deprecateCatalogueEntry",
            summary = "Withdraw a published entry",
            description = "Role: the federation's ADMIN. If-Match required. PUBLISHED → DEPRECATED (final): no longer "
                    + "adoptable; its revision rises, so adopters are asked to review their tool.")
    @APIResponse(
            responseCode = "200",
            description = "Deprecated",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "409", description = "Not PUBLISHED (catalogue-entry-transition)")
    public Response deprecate(
            @PathParam("federationId") String federationId,
            @PathParam("entryId") String entryId,
            @HeaderParam("If-Match") @Parameter(description = "ETag of the entry", required = true) String ifMatch) {
        long expected = Versions.expected(ifMatch);
        CatalogueEntry entry =
                catalogue.deprecate(callers.current(), organisationId(federationId), entryId(entryId), expected);
        return Versions.changed(entry.version(), EntryView.from(entry));
    }

    static CatalogueEntryId entryId(String value) {
        return new CatalogueEntryId(Params.id(value, "catalogue-entry"));
    }
}
