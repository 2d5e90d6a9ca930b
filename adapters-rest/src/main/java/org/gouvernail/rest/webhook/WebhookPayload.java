package org.gouvernail.rest.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gouvernail.domain.webhook.PublicEvents;

/**
 * Contract: the JSON Schema of a delivery's body, shared by the reference endpoint and the
 * OpenAPI document's {@code webhooks}. It says what the body carries and, by omission, that it
 * never names the author of anything.
 */
public final class WebhookPayload {

    private WebhookPayload() {}

    public static Map<String, Object> schema() {
        Map<String, Object> uuid = Map.of("type", "string", "format", "uuid");
        Map<String, Object> subject = object(
                Map.of("type", Map.of("type", "string", "maxLength", 30, "examples", List.of("TOOL")), "id", uuid),
                List.of("type", "id"));
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("type", "object");
        links.put("description", "API paths to fetch the subject (self) and related resources");
        links.put("additionalProperties", Map.of("type", "string", "maxLength", 300));
        links.put("required", List.of("self"));
        Map<String, Object> data = object(
                orderedMap("organisationId", uuid, "subject", subject, "links", links),
                List.of("organisationId", "subject", "links"));
        Map<String, Object> properties = orderedMap(
                "id",
                Map.of("type", "string", "format", "uuid", "description", "The event id, also the webhook-id header"),
                "type",
                Map.of("type", "string", "enum", List.copyOf(PublicEvents.types())),
                "version",
                Map.of("type", "integer", "const", PublicEvents.VERSION),
                "timestamp",
                Map.of("type", "string", "format", "date-time"),
                "data",
                data);
        Map<String, Object> schema = object(properties, List.of("id", "type", "version", "timestamp", "data"));
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        return schema;
    }

    private static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", "object");
        object.put("properties", properties);
        object.put("required", required);
        return object;
    }

    private static Map<String, Object> orderedMap(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
