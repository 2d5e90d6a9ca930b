package org.gouvernail.app.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The demo's public AI transparency statement: published, readable without a token, naming no member. */
@QuarkusTest
class DemoTransparencyTest {

    @Inject
    DemoData demo;

    @Test
    void entraideQuartierPublishesItsStatementWithoutAnyMembersName() {
        demo.seed();
        Response statement = given().when().get("/api/v1/public/organisations/entraide-quartier/ai-transparency");
        statement
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("content.contactAddress", equalTo("ia@entraide-quartier.be"))
                .body("content.entries", hasSize(1))
                .body("content.entries[0].name", equalTo("Traduction des courriers aux familles"))
                .body("content.entries[0].tools[0]", equalTo("DeepL (DeepL SE, hosting EU)"))
                .body(
                        "content.internalUses[0]",
                        equalTo("Communication: Premiers jets des posts pour les réseaux sociaux"));
        assertThat(statement.asString())
                .doesNotContain("Alice Dubois")
                .doesNotContain("Bob Lambert")
                .doesNotContain("Carole Peeters")
                .doesNotContain("David Mertens")
                .doesNotContain("Erine Janssens")
                .doesNotContain("Fatou Diallo");
    }
}
