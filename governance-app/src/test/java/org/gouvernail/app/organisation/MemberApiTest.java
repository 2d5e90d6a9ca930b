package org.gouvernail.app.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** Members through HTTP: invitations, volunteers without an account, the last administrator. */
@QuarkusTest
class MemberApiTest {

    @Inject
    World world;

    @Inject
    OrganisationManagement organisations;

    @Test
    @TestSecurity(user = World.ADMIN)
    void anAdminInvitesByEmailAndListsAVolunteerWithoutAccount() {
        OrganisationId org = world.association(World.ADMIN);
        String members = "/api/v1/organisations/" + org + "/members";

        given().contentType("application/json")
                .body(
                        "{\"email\":\"Nadia@Example.org\",\"displayName\":\"Nadia\",\"personType\":\"STAFF\",\"roles\":[\"CONTRIBUTOR\"]}")
                .when()
                .post(members)
                .then()
                .statusCode(201)
                .body("email", equalTo("nadia@example.org"))
                .body("status", equalTo("INVITED"));
        given().contentType("application/json")
                .body("{\"displayName\":\"Jules (bénévole)\",\"personType\":\"VOLUNTEER\",\"roles\":[\"CONTRIBUTOR\"]}")
                .when()
                .post(members)
                .then()
                .statusCode(201)
                .body("email", nullValue())
                .body("status", equalTo("ACTIVE"))
                .body("hasAccount", equalTo(false));
        given().contentType("application/json")
                .body(
                        "{\"email\":\"nadia@example.org\",\"displayName\":\"Encore Nadia\",\"personType\":\"STAFF\",\"roles\":[\"VIEWER\"]}")
                .when()
                .post(members)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/member-exists"));

        given().when()
                .get(members + "?limit=2")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("nextCursor", notNullValue());
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void theLastAdministratorCanBeNeitherDemotedNorRemoved() {
        OrganisationId org = world.association(World.ADMIN);
        Membership admin = organisations
                .members(World.caller(World.ADMIN), org, PageRequest.first(10))
                .items()
                .get(0);
        String path = "/api/v1/organisations/" + org + "/members/" + admin.id();

        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"" + admin.version() + "\"")
                .body("{\"roles\":[\"VIEWER\"]}")
                .when()
                .patch(path)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/last-admin"));
        given().header("If-Match", "\"" + admin.version() + "\"")
                .when()
                .delete(path)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/last-admin"));

        world.member(org, "second-admin", Role.ADMIN);
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"" + admin.version() + "\"")
                .body("{\"roles\":[\"ADMIN\",\"COMMITTEE\"]}")
                .when()
                .patch(path)
                .then()
                .statusCode(200)
                .body("roles", hasItem("COMMITTEE"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aRemovedMemberIsRevokedAndKeptForTheRecord() {
        OrganisationId org = world.association(World.ADMIN);
        Membership leaving = world.member(org, "leaving", Role.CONTRIBUTOR);
        String path = "/api/v1/organisations/" + org + "/members/" + leaving.id();

        given().when().delete(path).then().statusCode(428);
        given().header("If-Match", "\"" + leaving.version() + "\"")
                .when()
                .delete(path)
                .then()
                .statusCode(204);
        given().when().get(path).then().statusCode(200).body("status", equalTo("REVOKED"));
        given().when()
                .get("/api/v1/organisations/" + org + "/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("member.revoked"));
    }
}
