package org.gouvernail.rest.training;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.training.RecordView;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.TrainingRecordId;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.domain.training.port.in.TrainingProgramme.Voided;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;
import org.gouvernail.rest.training.TrainingJson.RecordInput;
import org.gouvernail.rest.training.TrainingJson.RecordJson;
import org.gouvernail.rest.training.TrainingJson.VoidRequest;
import org.gouvernail.rest.training.TrainingJson.VoidedView;

/**
 * REST resource: the append-only training records of an organisation, the internal records the
 * Commission's Q&A on AI literacy accepts as evidence of art. 4 measures. A record is never
 * edited nor deleted: a wrong one is voided with a reason, and replaced when needed. Its ETag
 * is 0, then 1 once voided.
 */
@Path("/api/v1/organisations/{orgId}/training-records")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class TrainingRecordResource {

    private final TrainingProgramme programme;
    private final CallerFactory callers;
    private final Clock clock;

    public TrainingRecordResource(TrainingProgramme programme, CallerFactory callers, Clock clock) {
        this.programme = programme;
        this.callers = callers;
        this.clock = clock;
    }

    @GET
    @Operation(
            operationId = "listTrainingRecords",
            summary = "List training records, with their status today",
            description = "Role: ADMIN, COMMITTEE or DATA_REFERENT read everyone's; any other member reads only their "
                    + "own (403 when asking for someone else's). Newest first; memberId and moduleId filter.")
    @APIResponse(responseCode = "200", description = "One page of records")
    public Listing<RecordJson> list(
            @PathParam("orgId") String orgId,
            @QueryParam("memberId") @Parameter(description = "Records of this member") String memberId,
            @QueryParam("moduleId") @Parameter(description = "Records of this module") String moduleId,
            @BeanParam PageQuery paging) {
        return Pages.listing(
                programme.records(
                        callers.current(),
                        organisationId(orgId),
                        Params.uuid("memberId", memberId).map(MemberId::new),
                        Params.uuid("moduleId", moduleId).map(TrainingModuleId::new),
                        paging.request()),
                RecordJson::from);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordTraining",
            summary = "Record a training completed outside a session",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT. An external e-learning, a briefing, coaching or attested "
                            + "self-study of an ACTIVE module, by a member with or without an account; evidence is optional (no certificate "
                            + "is required by art. 4). The record names the module's current revision and is valid until the module's "
                            + "validity runs out.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = RecordJson.class)))
    @APIResponse(
            responseCode = "409",
            description = "Module not active, member removed, method SESSION, or completed in the future")
    public Response record(@PathParam("orgId") String orgId, @NotNull @Valid RecordInput input, @Context UriInfo uri) {
        TrainingRecord record = programme.record(callers.current(), organisationId(orgId), input.toDomain());
        return Versions.created(uri, record.id(), 0, RecordJson.from(view(record)));
    }

    @GET
    @Path("/{recordId}")
    @Operation(
            operationId = "getTrainingRecord",
            summary = "Read a training record",
            description = "Role: ADMIN, COMMITTEE or DATA_REFERENT, or the member it is about.")
    @APIResponse(
            responseCode = "200",
            description = "The record",
            content = @Content(schema = @Schema(implementation = RecordJson.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(
            @PathParam("orgId") String orgId, @PathParam("recordId") String recordId, @Context Request request) {
        RecordView view = programme.trainingRecord(callers.current(), organisationId(orgId), recordId(recordId));
        return Versions.read(
                request,
                view.record().voidedBy().isPresent() ? 1 : 0,
                view.status() == null ? "v" : view.status().name().toLowerCase(java.util.Locale.ROOT),
                RecordJson.from(view));
    }

    @POST
    @Path("/{recordId}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "voidTrainingRecord",
            summary = "Void a wrong record, with a reason, and optionally record the right one",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT. The record stays, marked void with the reason, who and "
                            + "when; with replacement, the right record is written in the same transaction and named as its replacement. "
                            + "Voiding twice answers 409 record-voided.")
    @APIResponse(
            responseCode = "200",
            description = "Voided",
            content = @Content(schema = @Schema(implementation = VoidedView.class)))
    @APIResponse(responseCode = "409", description = "Already voided")
    public VoidedView voidRecord(
            @PathParam("orgId") String orgId,
            @PathParam("recordId") String recordId,
            @NotNull @Valid VoidRequest request) {
        Voided voided = programme.voidRecord(
                callers.current(),
                organisationId(orgId),
                recordId(recordId),
                request.reason(),
                Optional.ofNullable(request.replacement()).map(RecordInput::toDomain));
        return new VoidedView(
                RecordJson.from(new RecordView(voided.voided(), null)),
                voided.replacement()
                        .map(record -> RecordJson.from(view(record)))
                        .orElse(null));
    }

    private RecordView view(TrainingRecord record) {
        return new RecordView(record, record.statusOn(LocalDate.now(clock), false));
    }

    private static TrainingRecordId recordId(String value) {
        return new TrainingRecordId(Params.id(value, "training-record"));
    }
}
