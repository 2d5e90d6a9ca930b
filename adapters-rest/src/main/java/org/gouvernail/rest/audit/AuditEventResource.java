package org.gouvernail.rest.audit;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.audit.port.in.AuditLog;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.PageQuery;
import org.gouvernail.rest.shared.Pages;
import org.gouvernail.rest.shared.Pages.Listing;

/** REST resource: the organisation's append-only audit trail (read only). */
@Path("/api/v1/organisations/{orgId}/audit-events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who changed what, when: append-only, never edited or deleted")
public class AuditEventResource {

    private final AuditLog auditLog;
    private final CallerFactory callers;

    public AuditEventResource(AuditLog auditLog, CallerFactory callers) {
        this.auditLog = auditLog;
        this.callers = callers;
    }

    @Schema(name = "AuditEvent")
    record View(
            UUID id,
            Instant occurredAt,
            @Schema(maxLength = 255) String actorSubject,
            @Schema(maxLength = 2000) String actorName,

            @Schema(maxLength = 60, examples = "tool.declared")
            String action,

            @Schema(maxLength = 30, examples = "TOOL") String subjectType,
            UUID subjectId,

            @Schema(maxLength = 2000, examples = "name: ChatGPT; category: TEXT_GENERATION")
            String summary) {

        static View from(AuditEvent event) {
            return new View(
                    event.id(),
                    event.occurredAt(),
                    event.actorSubject(),
                    event.actorName(),
                    event.action(),
                    event.subjectType(),
                    event.subjectId(),
                    event.summary());
        }
    }

    @GET
    @Operation(
            operationId = "listAuditEvents",
            summary = "Read the audit trail, newest first",
            description = "Role: ADMIN or VIEWER.")
    @APIResponse(responseCode = "200", description = "One page of events")
    public Listing<View> list(@PathParam("orgId") String orgId, @BeanParam PageQuery paging) {
        OrganisationId organisation = organisationId(orgId);
        return Pages.listing(auditLog.events(callers.current(), organisation, paging.request()), View::from);
    }
}
