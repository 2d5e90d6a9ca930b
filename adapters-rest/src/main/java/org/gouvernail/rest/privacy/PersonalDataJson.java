package org.gouvernail.rest.privacy;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.privacy.Erasure;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.PersonalDataReport;
import org.gouvernail.rest.shared.Messages;
import org.gouvernail.rest.shared.RequestProblem;
import org.gouvernail.rest.shared.Spreadsheets;

/** JSON and CSV of a person's data: one object per category, or one CSV line per cell (long format). */
final class PersonalDataJson {

    private PersonalDataJson() {}

    /** Contract only: one row of a category, its cells as text. */
    @Schema(
            name = "PersonalDataRow",
            type = SchemaType.ARRAY,
            implementation = String.class,
            maxItems = 20,
            description = "One row: its cells as text, in the order of the category's columns")
    static final class Row {
        private Row() {}
    }

    @Schema(name = "PersonalDataCategory", description = "One category of what the organisation holds about the person")
    record CategoryJson(
            @Schema(maxLength = 60, description = "Stable code, area.what (training.records)")
            String code,

            @Schema(maxLength = 300, description = "Why the organisation keeps it (GDPR art. 15(1)(a))")
            String purpose,

            @Schema(
                    maxLength = 30,
                    description = "Legal basis, GDPR art. 6(1): CONSENT, LEGAL_OBLIGATION, LEGITIMATE_INTEREST")
            String legalBasis,

            @Schema(maxLength = 300, description = "How long it is kept (art. 15(1)(d))")
            String retention,

            @Schema(maxItems = 20) List<String> columns,

            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = Row.class,
                    maxItems = 10000,
                    description = "The rows, cells as text in the order of columns")
            List<List<String>> rows) {

        static CategoryJson from(PersonalDataCategory category) {
            return new CategoryJson(
                    category.code(),
                    category.purpose(),
                    category.legalBasis(),
                    category.retention(),
                    category.columns(),
                    category.rows());
        }
    }

    @Schema(
            name = "PersonalData",
            description = "Everything one organisation holds about one person (GDPR art. 15, 20)")
    record ReportJson(
            UUID organisationId,
            UUID memberId,
            Instant producedAt,
            @Schema(maxItems = 100) List<CategoryJson> categories) {

        static ReportJson from(PersonalDataReport report) {
            return new ReportJson(
                    report.organisationId().value(),
                    report.memberId().value(),
                    report.producedAt(),
                    report.categories().stream().map(CategoryJson::from).toList());
        }
    }

    @Schema(name = "Erasure", description = "The outcome of an erasure: the pseudonym now in the person's place")
    record ErasureJson(
            UUID organisationId,
            UUID memberId,

            @Schema(maxLength = 40, example = "member #7, erased on 2026-11-30")
            String pseudonym,

            Instant erasedAt,

            @Schema(minimum = "0", maximum = "9223372036854775807", description = "Rows rewritten")
            long rowsRewritten) {

        static ErasureJson from(Erasure erasure) {
            return new ErasureJson(
                    erasure.organisationId().value(),
                    erasure.memberId().value(),
                    erasure.pseudonym(),
                    erasure.erasedAt(),
                    erasure.rowsRewritten());
        }
    }

    /** JSON unless ?format=csv, or, without format, an Accept that prefers text/csv. */
    static boolean csv(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw RequestProblem.invalidParameter("format", "csv or json");
            };
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }

    static Response respond(PersonalDataReport report, String format, HttpHeaders headers) {
        if (!csv(format, headers)) {
            return Response.ok(ReportJson.from(report), MediaType.APPLICATION_JSON)
                    .build();
        }
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        List<List<Object>> lines = new ArrayList<>();
        for (PersonalDataCategory category : report.categories()) {
            List<Object> head =
                    List.of(category.code(), category.purpose(), category.legalBasis(), category.retention());
            if (category.rows().isEmpty()) {
                List<Object> line = new ArrayList<>(head);
                line.addAll(List.of("", "", ""));
                lines.add(line);
            }
            for (int row = 0; row < category.rows().size(); row++) {
                for (int cell = 0; cell < category.columns().size(); cell++) {
                    List<Object> line = new ArrayList<>(head);
                    line.add(row + 1);
                    line.add(category.columns().get(cell));
                    line.add(category.rows().get(row).get(cell));
                    lines.add(line);
                }
            }
        }
        return Response.ok(
                        Spreadsheets.csv(
                                locale,
                                List.of("category", "purpose", "legalBasis", "retention", "row", "field", "value"),
                                lines),
                        Spreadsheets.CSV)
                .header("Content-Disposition", "attachment; filename=\"personal-data-" + report.memberId() + ".csv\"")
                .build();
    }
}
