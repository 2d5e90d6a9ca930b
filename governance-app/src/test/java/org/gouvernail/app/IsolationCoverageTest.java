package org.gouvernail.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.junit.jupiter.api.Test;

/**
 * Coverage test of tenant isolation: every operation the OpenAPI document lists under
 * {@code /api/v1/organisations/{orgId}} is probed by an isolation test (its call is in
 * {@link IsolationCalls}) or excluded there with a reason; and no isolation call names an
 * operation that no longer exists.
 */
@QuarkusTest
class IsolationCoverageTest {

    private static final Pattern UNDER_AN_ORGANISATION = Pattern.compile("/api/v1/organisations/\\{[^/}]+}(/.*)?");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    /** The operation "METHOD /path/{template}" with the pattern a concrete path of it matches. */
    private record Operation(String method, String template, Pattern path) {

        static Operation of(String method, String template) {
            return new Operation(
                    method.toUpperCase(), template, Pattern.compile(template.replaceAll("\\{[^/}]+}", "[^/]+")));
        }

        boolean probedBy(Call call) {
            return call.method().equals(method)
                    && path.matcher(call.path().replaceFirst("\\?.*", "")).matches();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private static List<Operation> operationsUnderAnOrganisation() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((template, item) -> {
            if (UNDER_AN_ORGANISATION.matcher(template).matches()) {
                item.keySet().stream()
                        .filter(METHODS::contains)
                        .forEach(method -> operations.add(Operation.of(method, template)));
            }
        });
        return operations;
    }

    @Test
    void everyOperationUnderAnOrganisationIsInAnIsolationList() {
        List<Operation> operations = operationsUnderAnOrganisation();
        List<Call> probed = IsolationCalls.all();

        Set<String> uncovered = new TreeSet<>();
        for (Operation operation : operations) {
            if (probed.stream().noneMatch(operation::probedBy)
                    && !IsolationCalls.EXCLUDED.containsKey(operation.toString())) {
                uncovered.add(operation.toString());
            }
        }

        assertThat(operations)
                .as("operations under /api/v1/organisations/{orgId} in the OpenAPI document")
                .isNotEmpty();
        assertThat(uncovered)
                .as("operations in no isolation list of IsolationCalls (add a probe, or exclude with a reason)")
                .isEmpty();
        assertThat(IsolationCalls.EXCLUDED)
                .as("every exclusion names an operation of the document and carries its reason")
                .allSatisfy((operation, reason) -> {
                    assertThat(operations).extracting(Operation::toString).contains(operation);
                    assertThat(reason).isNotBlank();
                });
    }

    @Test
    void everyIsolationCallNamesAnOperationOfTheDocument() {
        List<Operation> operations = operationsUnderAnOrganisation();

        List<String> unknown = IsolationCalls.all().stream()
                .filter(call -> operations.stream().noneMatch(operation -> operation.probedBy(call)))
                .map(call -> call.method() + " " + call.path())
                .toList();

        assertThat(unknown)
                .as("isolation calls matching no operation of the OpenAPI document")
                .isEmpty();
    }
}
