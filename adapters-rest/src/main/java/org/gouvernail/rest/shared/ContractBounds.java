package org.gouvernail.rest.shared;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.gouvernail.domain.shared.Check;

/**
 * Contract filter step: every string and integer of the document states its bounds, which generated
 * clients turn into checks and the OWASP lint asks for. A field that declares its own limit keeps it;
 * one that does not gets the widest limit that is still true of every value the API accepts or sends:
 * the length of an ISO date, time or UUID for those formats, {@link Check#LONG_TEXT_LENGTH} for other
 * texts (the longest text any rule of the domain accepts), the range of its integer format otherwise.
 */
final class ContractBounds {

    private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal INT64_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal INT64_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    /** "+999999999-12-31T23:59:59.999999999Z", the longest instant Java writes. */
    private static final int DATE_TIME_LENGTH = 40;

    private ContractBounds() {}

    static void add(OpenAPI openAPI) {
        Map<Schema, Boolean> seen = new IdentityHashMap<>();
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(schema -> bound(schema, seen));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(parameter -> bound(parameter.getSchema(), seen));
                    }
                    if (operation.getRequestBody() != null) {
                        bound(operation.getRequestBody().getContent(), seen);
                    }
                    if (operation.getResponses() != null
                            && operation.getResponses().getAPIResponses() != null) {
                        operation
                                .getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(response -> bound(response.getContent(), seen));
                    }
                }));
    }

    private static void bound(Content content, Map<Schema, Boolean> seen) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType type : content.getMediaTypes().values()) {
                bound(type.getSchema(), seen);
            }
        }
    }

    private static void bound(Schema schema, Map<Schema, Boolean> seen) {
        if (schema == null || schema.getRef() != null || seen.put(schema, true) != null) {
            return;
        }
        List<Schema.SchemaType> types = schema.getType();
        boolean typed = types != null && !types.isEmpty();
        if (typed && types.contains(Schema.SchemaType.STRING) && schema.getAnyOf() == null) {
            boundString(schema);
        }
        if (typed && types.contains(Schema.SchemaType.STRING) && schema.getAnyOf() != null) {
            // a nullable reference ("type: [string, null]" beside anyOf): the referenced schema carries the bounds
            schema.setType(null);
        }
        if (typed && types.contains(Schema.SchemaType.INTEGER)) {
            boolean wide = "int64".equals(schema.getFormat());
            if (schema.getFormat() == null) {
                schema.setFormat("int32");
            }
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(wide ? INT64_MIN : INT32_MIN);
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(wide ? INT64_MAX : INT32_MAX);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> bound(property, seen));
        }
        bound(schema.getItems(), seen);
        bound(schema.getAdditionalPropertiesSchema(), seen);
        for (List<Schema> composed :
                List.of(nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()), nonNull(schema.getAllOf()))) {
            composed.forEach(part -> bound(part, seen));
        }
    }

    private static void boundString(Schema schema) {
        if (schema.getMaxLength() != null || schema.getEnumeration() != null || schema.getConstValue() != null) {
            return;
        }
        String format = schema.getFormat();
        if ("date-time".equals(format)) {
            schema.setMaxLength(DATE_TIME_LENGTH);
        } else if ("date".equals(format)) {
            schema.setMaxLength(10);
        } else if ("uuid".equals(format)) {
            schema.setMaxLength(36);
        } else {
            schema.setMaxLength(Check.LONG_TEXT_LENGTH);
        }
    }

    private static List<Schema> nonNull(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
