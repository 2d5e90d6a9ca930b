package org.gouvernail.rest.inventory;

import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolFilter;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.rest.shared.Params;

/**
 * Query parameters of the inventory (@BeanParam), one declaration for the list and the export so
 * that both always select the same tools. Every value is checked: a bad one is a 400, never ignored.
 */
public record ToolListQuery(
        @QueryParam("status") @Parameter(schema = @Schema(implementation = ToolStatus.class))
        String status,

        @QueryParam("category") @Parameter(schema = @Schema(implementation = ToolCategory.class))
        String category,

        @QueryParam("dataCategory")
        @Parameter(
                description = "Tools that touch this data category",
                schema = @Schema(implementation = DataCategory.class))
        String dataCategory,

        @QueryParam("text")
        @Parameter(
                description = "Searched in name, vendor and description",
                schema = @Schema(type = SchemaType.STRING, maxLength = ToolFilter.TEXT_LENGTH))
        String text) {

    public ToolFilter filter() {
        return new ToolFilter(
                Params.option("status", status, ToolStatus.class),
                Params.option("category", category, ToolCategory.class),
                Params.option("dataCategory", dataCategory, DataCategory.class),
                Optional.ofNullable(text));
    }
}
