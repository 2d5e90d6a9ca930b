package org.gouvernail.rest.privacy;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.privacy.port.in.PersonalData;
import org.gouvernail.rest.privacy.PersonalDataJson.ReportJson;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.RequestProblem;

/** REST resource: the caller's own data in one of their organisations (GDPR art. 15, 20). */
@Path("/api/v1/me/personal-data")
@Authenticated
@Tag(name = "Personal data")
public class MyPersonalDataResource {

    private final PersonalData personalData;
    private final CallerFactory callers;

    public MyPersonalDataResource(PersonalData personalData, CallerFactory callers) {
        this.personalData = personalData;
        this.callers = callers;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(
            operationId = "getMyPersonalData",
            summary = "Everything one of my organisations holds about me",
            description = "Role: any active member, for themself. The same report as getMemberPersonalData, for the "
                    + "caller's own membership in the organisation given; one organisation per request, as each "
                    + "organisation is a controller of its own.")
    @APIResponse(
            responseCode = "200",
            description = "My data",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportJson.class)),
                @Content(
                        mediaType = "text/csv",
                        schema = @Schema(type = SchemaType.STRING, maxLength = 100000000, description = "UTF-8"))
            })
    public Response mine(
            @QueryParam("organisation")
                    @Parameter(
                            required = true,
                            description = "The organisation's id",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
                    String organisation,
            @QueryParam("format")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "json"}))
                    String format,
            @Context HttpHeaders headers) {
        if (organisation == null || organisation.isBlank()) {
            throw RequestProblem.invalidParameter("organisation", "the organisation's id");
        }
        return PersonalDataJson.respond(
                personalData.mine(callers.current(), organisationId(organisation)), format, headers);
    }
}
