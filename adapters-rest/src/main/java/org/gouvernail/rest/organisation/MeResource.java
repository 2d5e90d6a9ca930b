package org.gouvernail.rest.organisation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.organisation.MembershipStatus;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement.MyMembership;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.rest.shared.CallerFactory;

/** REST resource: the caller's own identity and memberships. */
@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "Who I am and where I take part")
public class MeResource {

    private final OrganisationManagement organisations;
    private final CallerFactory callers;

    public MeResource(OrganisationManagement organisations, CallerFactory callers) {
        this.organisations = organisations;
        this.callers = callers;
    }

    @Schema(name = "MyMembership")
    record MembershipJson(
            UUID organisationId,
            @Schema(maxLength = 200) String organisationName,
            @Schema(maxLength = 60) String organisationSlug,
            UUID memberId,
            @Schema(maxItems = 5) Set<Role> roles,
            MembershipStatus status) {

        static MembershipJson from(MyMembership mine) {
            return new MembershipJson(
                    mine.organisation().id().value(),
                    mine.organisation().profile().name(),
                    mine.organisation().profile().slug(),
                    mine.membership().id().value(),
                    mine.membership().details().roles(),
                    mine.membership().status());
        }
    }

    @Schema(name = "Me")
    record MeJson(
            @Schema(maxLength = 255) String subject,

            @Schema(maxLength = 254, nullable = true, description = "null when the token carries none")
            String email,

            boolean emailVerified,
            @Schema(maxLength = 200) String name,
            boolean platformAdmin,
            @Schema(maxItems = 1000) List<MembershipJson> memberships) {}

    @GET
    @Operation(
            operationId = "getMe",
            summary = "Who I am, and my memberships",
            description =
                    "Any authenticated user. The first call with a verified e-mail accepts the invitations sent to it.")
    @APIResponse(responseCode = "200", description = "The caller")
    public MeJson me() {
        Caller caller = callers.current();
        List<MembershipJson> memberships =
                organisations.me(caller).stream().map(MembershipJson::from).toList();
        return new MeJson(
                caller.subject(),
                caller.email(),
                caller.emailVerified(),
                caller.name(),
                caller.platformAdmin(),
                memberships);
    }
}
