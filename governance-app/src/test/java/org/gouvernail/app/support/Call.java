package org.gouvernail.app.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.specification.RequestSpecification;

/**
 * One call of an isolation test: a method, a path and an optional body (JSON unless another content
 * type is given). Changes carry {@code If-Match: "0"}, so that a refusal can only come from access
 * rules, never from a missing precondition; answers are checked as problem+json.
 */
public record Call(String method, String path, String body, String contentType) {

    public Call(String method, String path, String body) {
        this(method, path, body, null);
    }

    public RequestSpecification spec() {
        RequestSpecification spec = given().header("Accept-Language", "en");
        if (!reads()) {
            spec.header("If-Match", "\"0\"");
        }
        if (body != null) {
            spec.contentType(
                            contentType != null
                                    ? contentType
                                    : method.equals("PATCH") ? "application/merge-patch+json" : "application/json")
                    .body(body);
        }
        return spec;
    }

    /** Asserts the problem answer: status, type, and the path in {@code instance}. */
    public void answers(int status, String problem) {
        spec().when()
                .request(method, path)
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/" + problem))
                .body("status", equalTo(status))
                .body("instance", startsWith("/api/v1/"));
    }

    public boolean reads() {
        return method.equals("GET");
    }
}
