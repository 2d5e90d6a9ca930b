package org.gouvernail.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** The OpenAPI filter: resources declare only the status and why of their errors; the filter writes the rest. */
class ProblemResponsesTest {

    private static Operation filtered(String path, Operation operation) {
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem(path, OASFactory.createPathItem().PATCH(operation)));
        new ProblemResponses().filterOpenAPI(openAPI);
        return openAPI.getPaths().getPathItem(path).getPATCH();
    }

    private static Operation declaring(String status, String description) {
        return OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("Changed"))
                        .addAPIResponse(status, OASFactory.createAPIResponse().description(description)));
    }

    private static boolean problemBody(APIResponse response) {
        return response.getContent() != null
                && response.getContent().getMediaType(Problem.MEDIA_TYPE) != null
                && "#/components/schemas/Problem"
                        .equals(response.getContent()
                                .getMediaType(Problem.MEDIA_TYPE)
                                .getSchema()
                                .getRef());
    }

    @Test
    void aDeclaredConflictKeepsItsDescriptionAndGetsTheProblemBody() {
        APIResponse conflict = filtered("/things/{thingId}", declaring("409", "The thing is retired"))
                .getResponses()
                .getAPIResponse("409");

        assertThat(conflict.getDescription()).isEqualTo("The thing is retired");
        assertThat(problemBody(conflict)).isTrue();
    }

    @Test
    void aDeclaredNotFoundOnAPathWithoutIdGetsTheProblemBodyToo() {
        APIResponse notFound = filtered("/things", declaring("404", "subjectId names no thing"))
                .getResponses()
                .getAPIResponse("404");

        assertThat(notFound.getDescription()).isEqualTo("subjectId names no thing");
        assertThat(problemBody(notFound)).isTrue();
    }

    @Test
    void theFrameworksStockDescriptionsGiveWayToTheConventions() {
        APIResponse unauthorized = filtered("/things", declaring("401", "Not Authorized"))
                .getResponses()
                .getAPIResponse("401");

        assertThat(unauthorized.getDescription()).startsWith("No valid access token");
        assertThat(problemBody(unauthorized)).isTrue();
    }

    @Test
    void successesAreLeftAlone() {
        assertThat(filtered("/things", declaring("409", "x"))
                        .getResponses()
                        .getAPIResponse("200")
                        .getContent())
                .isNull();
    }

    @Test
    void idsInThePathOrTheQueryAreUuids() {
        Operation operation = declaring("409", "x")
                .addParameter(OASFactory.createParameter().name("thingId").in(Parameter.In.PATH))
                .addParameter(OASFactory.createParameter()
                        .name("toolId")
                        .in(Parameter.In.QUERY)
                        .description("Things of this tool"));

        Operation filtered = filtered("/things/{thingId}", operation);

        assertThat(filtered.getParameters()).allSatisfy(parameter -> {
            assertThat(parameter.getSchema().getFormat()).isEqualTo("uuid");
            assertThat(parameter.getSchema().getMaxLength()).isEqualTo(36);
        });
        assertThat(filtered.getParameters().get(1).getDescription()).isEqualTo("Things of this tool");
    }
}
