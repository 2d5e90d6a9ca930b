package org.gouvernail.rest.training;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.training.ExposureGap;
import org.gouvernail.domain.training.ToolUse;
import org.gouvernail.domain.training.ToolUseId;
import org.gouvernail.domain.training.ToolUseSource;
import org.gouvernail.domain.training.Topic;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.domain.training.port.in.TrainingProgramme.Exposure;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;
import org.gouvernail.rest.shared.Params;
import org.gouvernail.rest.shared.Versions;

/**
 * REST resource: who uses which AI tool (self-declared, or recorded by a coordinator for a volunteer
 * without an account), and the exposure gap it reveals: people handling personal data through AI
 * without valid training on data protection and on checking outputs.
 */
@Path("/api/v1/organisations/{orgId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class ToolUseResource {

    private final TrainingProgramme programme;
    private final CallerFactory callers;

    public ToolUseResource(TrainingProgramme programme, CallerFactory callers) {
        this.programme = programme;
        this.callers = callers;
    }

    @Schema(
            name = "ToolUseCreation",
            description = "A tool of the inventory someone uses; without memberId, the caller.")
    record Creation(
            @Schema(
                    nullable = true,
                    description = "Default: the caller; someone else: ADMIN, COMMITTEE or DATA_REFERENT")
            UUID memberId,

            @NotNull UUID toolId) {}

    @Schema(name = "ToolUse", description = "One person uses one AI tool of the inventory.")
    record View(
            UUID id,
            UUID memberId,
            UUID toolId,
            @Schema(maxLength = 30) ToolUseSource source,
            UUID recordedBy,
            Instant recordedAt) {

        static View from(ToolUse use) {
            return new View(
                    use.id().value(),
                    use.memberId().value(),
                    use.toolId().value(),
                    use.source(),
                    use.recordedBy().value(),
                    use.recordedAt());
        }
    }

    @Schema(name = "ExposedPerson")
    record Exposed(
            UUID memberId,

            @Schema(nullable = true, maxLength = 200, description = "Only for ADMIN and DATA_REFERENT")
            String name,

            @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = 10000)
            List<UUID> tools,

            @Schema(type = SchemaType.ARRAY, implementation = Topic.class, maxItems = 2)
            Set<Topic> missing) {}

    @Schema(
            name = "ExposureGap",
            description = "People who use a tool handling PERSONAL or more sensitive data without a VALID or EXPIRING "
                    + "record of a module on DATA_PROTECTION and one on CHECKING_OUTPUTS.")
    record GapView(
            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate on,

            @Schema(type = SchemaType.ARRAY, implementation = Topic.class, maxItems = 2)
            Set<Topic> required,

            @Schema(type = SchemaType.ARRAY, implementation = Exposed.class, maxItems = 10000)
            List<Exposed> people) {}

    @GET
    @Path("/tool-uses")
    @Operation(
            operationId = "listToolUses",
            summary = "Who uses which AI tool",
            description = "Role: ADMIN, COMMITTEE or DATA_REFERENT read everyone's; any other member only their own "
                    + "(403 when asking for someone else's). Oldest first; memberId and toolId filter.")
    @APIResponse(responseCode = "200", description = "One page of tool uses")
    public Listing<View> list(
            @PathParam("orgId") String orgId,
            @QueryParam("memberId") @Parameter(description = "Uses of this member") String memberId,
            @QueryParam("toolId") @Parameter(description = "Uses of this tool") String toolId,
            @BeanParam PageQuery paging) {
        return Pages.listing(
                programme.toolUses(
                        callers.current(),
                        organisationId(orgId),
                        Params.uuid("memberId", memberId).map(MemberId::new),
                        Params.uuid("toolId", toolId).map(ToolId::new),
                        paging.request()),
                View::from);
    }

    @POST
    @Path("/tool-uses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordToolUse",
            summary = "Declare that someone uses an AI tool",
            description =
                    "Any active member for themselves (SELF_DECLARED); ADMIN, COMMITTEE or DATA_REFERENT for any "
                            + "member, with or without an account (RECORDED_BY_COORDINATOR). Once per person and tool (409 tool-use-exists).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = View.class)))
    public Response record(@PathParam("orgId") String orgId, @NotNull @Valid Creation creation, @Context UriInfo uri) {
        ToolUse use = programme.recordToolUse(
                callers.current(),
                organisationId(orgId),
                Optional.ofNullable(creation.memberId()).map(MemberId::new),
                new ToolId(creation.toolId()));
        return Versions.created(uri, use.id(), 0, View.from(use));
    }

    @DELETE
    @Path("/tool-uses/{useId}")
    @Operation(
            operationId = "removeToolUse",
            summary = "Someone no longer uses a tool",
            description = "The person themselves, or ADMIN, COMMITTEE or DATA_REFERENT.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("orgId") String orgId, @PathParam("useId") String useId) {
        programme.removeToolUse(callers.current(), organisationId(orgId), new ToolUseId(Params.id(useId, "tool-use")));
    }

    @GET
    @Path("/training-exposure-gap")
    @Operation(
            operationId = "getTrainingExposureGap",
            summary = "The exposure gap: who handles personal data through AI without the training for it",
            description =
                    "Role: ADMIN, COMMITTEE or DATA_REFERENT; names only for ADMIN and DATA_REFERENT. Today's "
                            + "people who use a tool of the inventory whose data categories reach PERSONAL (or SENSITIVE, "
                            + "BENEFICIARY_VULNERABLE) and lack a VALID or EXPIRING record of a module covering DATA_PROTECTION, one "
                            + "covering CHECKING_OUTPUTS, or both (art. 4(1) AI Act: the context of use and the persons affected).")
    @APIResponse(
            responseCode = "200",
            description = "The gap",
            content = @Content(schema = @Schema(implementation = GapView.class)))
    public GapView exposureGap(@PathParam("orgId") String orgId) {
        Exposure exposure = programme.exposureGap(callers.current(), organisationId(orgId));
        return new GapView(
                exposure.gap().on(),
                ExposureGap.REQUIRED,
                exposure.gap().people().stream()
                        .map(person -> new Exposed(
                                person.memberId().value(),
                                exposure.names().get(person.memberId()),
                                person.tools().stream().map(ToolId::value).toList(),
                                person.missing()))
                        .toList());
    }
}
