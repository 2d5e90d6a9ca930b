package org.gouvernail.rest.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.webhook.PublicEvents;

/**
 * Contract: the OpenAPI 3.1 {@code webhooks} of the document, one per public event type, each a
 * POST that Gouvernail sends to a subscribed endpoint with the Standard Webhooks headers and the
 * thin payload (component {@code WebhookEventPayload}).
 */
public final class WebhookContract {

    static final String PAYLOAD = "WebhookEventPayload";

    private WebhookContract() {}

    public static void addTo(OpenAPI openAPI) {
        Schema uuid = string(36).format("uuid");
        Schema links = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("API paths to fetch the subject (self) and related resources")
                .additionalPropertiesSchema(string(300).pattern("^/api/v1/"))
                .maxProperties(10)
                .required(List.of("self"));
        Schema subject = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("type", string(30).pattern("^[A-Z_]{1,30}$").examples(List.of("TOOL")))
                .addProperty("id", uuid)
                .required(List.of("type", "id"));
        Schema data = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("organisationId", string(36).format("uuid"))
                .addProperty("subject", subject)
                .addProperty("links", links)
                .required(List.of("organisationId", "subject", "links"));
        Schema payload = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("The body of every delivery: thin, never the author of anything")
                .addProperty("id", string(36).format("uuid").description("The event id, also the webhook-id header"))
                .addProperty("type", string(60).enumeration(List.copyOf(PublicEvents.types())))
                .addProperty(
                        "version",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .minimum(java.math.BigDecimal.ONE)
                                .maximum(java.math.BigDecimal.valueOf(PublicEvents.VERSION)))
                .addProperty("timestamp", string(35).format("date-time"))
                .addProperty("data", data)
                .required(List.of("id", "type", "version", "timestamp", "data"));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PAYLOAD, payload);
        for (String type : PublicEvents.types()) {
            openAPI.addWebhook(
                    type,
                    OASFactory.createPathItem()
                            .POST(OASFactory.createOperation()
                                    .operationId("webhook-" + type.replace('.', '-'))
                                    .summary(PublicEvents.description(type).in(Language.EN))
                                    .description(
                                            PublicEvents.description(type).in(Language.FR)
                                                    + " Signed per Standard Webhooks 1.0: verify webhook-signature over id.timestamp.body.")
                                    .addTag("Webhooks")
                                    .addParameter(header(
                                            "webhook-id",
                                            "The event id, the same on every retry and replay",
                                            string(36).format("uuid")))
                                    .addParameter(header(
                                            "webhook-timestamp",
                                            "Seconds since the epoch when this attempt was sent",
                                            string(20).pattern("^[0-9]{1,20}$")))
                                    .addParameter(header(
                                            "webhook-signature",
                                            "v1,<base64 HMAC-SHA256>, one per valid secret, separated by spaces",
                                            string(400).pattern("^v1,[A-Za-z0-9+/=]{44}( v1,[A-Za-z0-9+/=]{44})*$")))
                                    .requestBody(OASFactory.createRequestBody()
                                            .required(true)
                                            .content(OASFactory.createContent()
                                                    .addMediaType(
                                                            "application/json",
                                                            OASFactory.createMediaType()
                                                                    .schema(OASFactory.createSchema()
                                                                            .ref("#/components/schemas/" + PAYLOAD)))))
                                    .responses(OASFactory.createAPIResponses()
                                            .addAPIResponse(
                                                    "200",
                                                    OASFactory.createAPIResponse()
                                                            .description(
                                                                    "Received; any 2xx counts. Other answers are retried with back-off."))
                                            .addAPIResponse(
                                                    "410",
                                                    OASFactory.createAPIResponse()
                                                            .description("Gone: the endpoint is disabled"))
                                            .addAPIResponse(
                                                    "429",
                                                    OASFactory.createAPIResponse()
                                                            .description("Too many: retried after Retry-After")))));
        }
    }

    private static Schema string(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }

    private static Parameter header(String name, String description, Schema schema) {
        return OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.HEADER)
                .required(true)
                .description(description)
                .schema(schema);
    }
}
