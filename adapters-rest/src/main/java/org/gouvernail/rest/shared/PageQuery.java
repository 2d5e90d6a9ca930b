package org.gouvernail.rest.shared;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Query parameters of every paged list (@BeanParam): limit and cursor, declared and checked in
 * one place. Both arrive as text so that a malformed value is a 400 problem, not the framework's 404.
 */
public record PageQuery(
        @QueryParam("limit")
        @Parameter(
                description = "1–200, default 50",
                schema =
                        @Schema(
                                type = SchemaType.INTEGER,
                                format = "int32",
                                minimum = "1",
                                maximum = "200",
                                defaultValue = "50"))
        String limit,

        @QueryParam("cursor")
        @Parameter(
                description = "nextCursor of the previous page",
                schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^[A-Za-z0-9_-]{1,64}$"))
        String cursor) {

    public PageRequest request() {
        return Pages.request(limit, cursor);
    }
}
