package org.gouvernail.rest.privacy;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.privacy.port.in.PersonalData;
import org.gouvernail.rest.privacy.PersonalDataJson.ErasureJson;
import org.gouvernail.rest.privacy.PersonalDataJson.ReportJson;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Params;

/** REST resource: one member's data (GDPR art. 15, 20) and its erasure (art. 17), for the organisation's officers. */
@Path("/api/v1/organisations/{orgId}/members/{memberId}")
@Authenticated
@Tag(
        name = "Personal data",
        description = "A person's data on request: access, portability, erasure (données personnelles)")
public class PersonalDataResource {

    private final PersonalData personalData;
    private final CallerFactory callers;

    public PersonalDataResource(PersonalData personalData, CallerFactory callers) {
        this.personalData = personalData;
        this.callers = callers;
    }

    @GET
    @Path("/personal-data")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(
            operationId = "getMemberPersonalData",
            summary = "Everything the organisation holds about a member, with purposes and retention",
            description = "Role: ADMIN or DATA_REFERENT. GDPR art. 15 (access) and 20 (portability): every category "
                    + "of every area, each with its purpose, legal basis and retention, listed even when empty. JSON, "
                    + "or CSV (one line per cell) with format=csv or Accept: text/csv. The export is audited.")
    @APIResponse(
            responseCode = "200",
            description = "The person's data",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportJson.class)),
                @Content(
                        mediaType = "text/csv",
                        schema = @Schema(type = SchemaType.STRING, maxLength = 100000000, description = "UTF-8"))
            })
    public Response personalData(
            @PathParam("orgId") String orgId,
            @PathParam("memberId") String memberId,
            @QueryParam("format")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"csv", "json"}))
                    String format,
            @Context HttpHeaders headers) {
        return PersonalDataJson.respond(
                personalData.of(callers.current(), organisationId(orgId), memberId(memberId)), format, headers);
    }

    @POST
    @Path("/erase")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "eraseMember",
            summary = "Erase a person from the organisation, keeping the records' meaning",
            description = "Role: ADMIN. GDPR art. 17: the name, e-mail and subject are replaced everywhere in this "
                    + "organisation (registers, audit trail, outbox, idempotency records) by a stable pseudonym "
                    + "(\"member #7, erased on 2026-11-30\"); the membership is revoked; ids, counts and votes stay. "
                    + "Refused while a record must keep the name (an open incident the person reported with a "
                    + "notification duty pending: art. 17(3)(b)), for an administrator (withdraw the role first), "
                    + "for oneself and when already erased. Other organisations of the same person are untouched.")
    @APIResponse(
            responseCode = "200",
            description = "Erased",
            content = @Content(schema = @Schema(implementation = ErasureJson.class)))
    @APIResponse(
            responseCode = "409",
            description = "A legal duty keeps the name (erasure-held), the member is an administrator or the caller, "
                    + "or was already erased")
    public ErasureJson erase(@PathParam("orgId") String orgId, @PathParam("memberId") String memberId) {
        return ErasureJson.from(personalData.erase(callers.current(), organisationId(orgId), memberId(memberId)));
    }

    private static MemberId memberId(String value) {
        return new MemberId(Params.id(value, "member"));
    }
}
