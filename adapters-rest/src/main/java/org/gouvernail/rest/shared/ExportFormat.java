package org.gouvernail.rest.shared;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameter of every register export (@BeanParam): format, csv by default or json. */
public record ExportFormat(
        @QueryParam("format")
        @Parameter(
                schema =
                        @Schema(
                                type = SchemaType.STRING,
                                enumeration = {"csv", "json"},
                                defaultValue = "csv"))
        String format) {

    /** True for json, false for csv; anything else is a 400. */
    public boolean json() {
        return Spreadsheets.json(format);
    }
}
