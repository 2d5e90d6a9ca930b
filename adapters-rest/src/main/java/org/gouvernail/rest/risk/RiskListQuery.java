package org.gouvernail.rest.risk;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.risk.RiskCategory;
import org.gouvernail.domain.risk.RiskFilter;
import org.gouvernail.domain.risk.RiskLevel;
import org.gouvernail.domain.risk.RiskStatus;
import org.gouvernail.rest.shared.Params;

/**
 * Query parameters of the risk register (@BeanParam), one declaration for the list and the export
 * so that both always select the same risks. Every value is checked: a bad one is a 400, never ignored.
 */
public record RiskListQuery(
        @QueryParam("status") @Parameter(schema = @Schema(implementation = RiskStatus.class))
        String status,

        @QueryParam("level")
        @Parameter(description = "The inherent level", schema = @Schema(implementation = RiskLevel.class))
        String level,

        @QueryParam("category") @Parameter(schema = @Schema(implementation = RiskCategory.class))
        String category,

        @QueryParam("toolId") @Parameter(description = "Risks linked to this tool")
        String toolId,

        @QueryParam("overdue")
        @Parameter(
                description = "true: past their review or action due date; false: the others",
                schema = @Schema(type = SchemaType.BOOLEAN))
        String overdue) {

    public RiskFilter filter() {
        return new RiskFilter(
                Params.option("status", status, RiskStatus.class),
                Params.option("level", level, RiskLevel.class),
                Params.option("category", category, RiskCategory.class),
                Params.uuid("toolId", toolId).map(ToolId::new),
                Params.bool("overdue", overdue));
    }
}
