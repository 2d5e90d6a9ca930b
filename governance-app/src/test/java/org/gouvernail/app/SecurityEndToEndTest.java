package org.gouvernail.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.gouvernail.app.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * End to end with real tokens from the real Keycloak of the suite (demo realm): the platform
 * admin registers an association, invites a colleague by e-mail, the colleague's first call
 * activates the membership, a member of nothing sees nothing, a forged token is refused.
 */
@QuarkusTest
class SecurityEndToEndTest {

    @Test
    void aPlatformAdminRegistersAnAssociationAndAnInvitedColleagueJoinsOnFirstCall() {
        String alice = Tokens.accessToken("alice");
        String slug = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String org = given().auth()
                .oauth2(alice)
                .contentType("application/json")
                .body("{\"kind\":\"ASSOCIATION\",\"name\":\"Les Amis du Parc asbl\",\"slug\":\"" + slug
                        + "\",\"country\":\"BE\"}")
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("slug", equalTo(slug))
                .extract()
                .path("id");

        given().auth()
                .oauth2(alice)
                .contentType("application/json")
                .body(
                        "{\"email\":\"bob@demo.gouvernail.org\",\"displayName\":\"Bob Lambert\",\"personType\":\"BOARD\",\"roles\":[\"COMMITTEE\"]}")
                .when()
                .post("/api/v1/organisations/" + org + "/members")
                .then()
                .statusCode(201)
                .body("status", equalTo("INVITED"))
                .body("hasAccount", equalTo(false));

        String bob = Tokens.accessToken("bob");
        given().auth()
                .oauth2(bob)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("email", equalTo("bob@demo.gouvernail.org"))
                .body("emailVerified", equalTo(true))
                .body("platformAdmin", equalTo(false))
                .body("memberships.organisationId", hasItem(org));
        given().auth()
                .oauth2(bob)
                .when()
                .get("/api/v1/organisations/" + org + "/tools")
                .then()
                .statusCode(200)
                .body("items", notNullValue());
        given().auth()
                .oauth2(alice)
                .when()
                .get("/api/v1/organisations/" + org + "/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("member.invitation-accepted"));
    }

    @Test
    void onlyThePlatformAdminRoleRegistersOrganisations() {
        given().auth()
                .oauth2(Tokens.accessToken("dave"))
                .contentType("application/json")
                .body("{\"kind\":\"ASSOCIATION\",\"name\":\"Interdit\",\"slug\":\"interdit-"
                        + UUID.randomUUID().toString().substring(0, 8) + "\",\"country\":\"BE\"}")
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/forbidden"));
    }

    @Test
    void aUserOfNoOrganisationSeesNoneAndGets404ForAnother() {
        String alice = Tokens.accessToken("alice");
        String org = given().auth()
                .oauth2(alice)
                .contentType("application/json")
                .body("{\"kind\":\"ASSOCIATION\",\"name\":\"Privée\",\"slug\":\"privee-"
                        + UUID.randomUUID().toString().substring(0, 8) + "\",\"country\":\"FR\"}")
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().auth()
                .oauth2(Tokens.accessToken("frank"))
                .when()
                .get("/api/v1/organisations/" + org)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aForgedOrAbsentTokenIsRefusedWith401() {
        String token = Tokens.accessToken("alice");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        given().auth()
                .oauth2(forged)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().when().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2("not-a-jwt").when().get("/api/v1/me").then().statusCode(401);
    }
}
