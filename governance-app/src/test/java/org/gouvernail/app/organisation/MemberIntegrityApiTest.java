package org.gouvernail.app.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gouvernail.app.support.Tokens;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

/**
 * Members under attack, through HTTP against the real MariaDB and Keycloak: an invitation opens
 * only to its exact address, requests fired at once cannot duplicate a member nor leave an
 * organisation without administrator, a member who can never sign in holds no ADMIN.
 */
@QuarkusTest
class MemberIntegrityApiTest {

    /** Organisations raced at once in the step-down test: two requests each. */
    private static final int ORGANISATIONS = 6;
    /** Invitations of one address fired at once. */
    private static final int INVITATIONS = 8;

    @Inject
    World world;

    @Test
    void anInvitationToAnAddressWithAnAccentNeverOpensToTheAccountWithout() {
        String alice = Tokens.accessToken("alice");
        String org = register(alice, "accents");
        String members = "/api/v1/organisations/" + org + "/members";

        given().auth()
                .oauth2(alice)
                .contentType("application/json")
                .body(
                        "{\"email\":\"ÉRIN@demo.gouvernail.org\",\"displayName\":\"Érin\",\"personType\":\"STAFF\",\"roles\":[\"ADMIN\"]}")
                .when()
                .post(members)
                .then()
                .statusCode(201)
                .body("email", equalTo("érin@demo.gouvernail.org"));

        String erin = Tokens.accessToken("erin"); // erin@demo.gouvernail.org, verified
        given().auth()
                .oauth2(erin)
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("memberships.organisationId", not(hasItem(org)));
        given().auth()
                .oauth2(erin)
                .when()
                .get("/api/v1/organisations/" + org)
                .then()
                .statusCode(404);

        // case is the one difference ignored: another address than érin@, so no member-exists either
        given().auth()
                .oauth2(alice)
                .contentType("application/json")
                .body(
                        "{\"email\":\"Erin@Demo.Gouvernail.org\",\"displayName\":\"Erin\",\"personType\":\"STAFF\",\"roles\":[\"VIEWER\"]}")
                .when()
                .post(members)
                .then()
                .statusCode(201)
                .body("email", equalTo("erin@demo.gouvernail.org"));
        given().auth()
                .oauth2(erin)
                .when()
                .get("/api/v1/organisations/" + org)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(erin)
                .when()
                .get(members + "?limit=50")
                .then()
                .statusCode(200)
                .body("items.find { it.email == 'erin@demo.gouvernail.org' }.status", equalTo("ACTIVE"))
                .body("items.find { it.email == 'érin@demo.gouvernail.org' }.status", equalTo("INVITED"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void invitationsOfOneAddressFiredAtOnceCreateOneMembership() throws Exception {
        OrganisationId org = world.association(World.ADMIN);
        String members = "/api/v1/organisations/" + org + "/members";
        String[] spellings = {
            "Zoé.Race@Example.org", "ZOÉ.RACE@EXAMPLE.ORG", "zoé.race@example.org", "Zoé.Race@example.ORG"
        };
        List<Callable<Response>> invitations = new ArrayList<>();
        for (int i = 0; i < INVITATIONS; i++) {
            String body = "{\"email\":\"" + spellings[i % spellings.length] + "\",\"displayName\":\"Zoé " + i
                    + "\",\"personType\":\"VOLUNTEER\",\"roles\":[\"CONTRIBUTOR\"]}";
            invitations.add(() ->
                    given().contentType("application/json").body(body).when().post(members));
        }

        List<Response> answers = atOnce(invitations);

        assertThat(answers)
                .extracting(Response::statusCode)
                .containsOnly(201, 409)
                .filteredOn(s -> s == 201)
                .hasSize(1);
        assertThat(answers)
                .filteredOn(a -> a.statusCode() == 409)
                .extracting(a -> a.jsonPath().getString("type"))
                .containsOnly("https://gouvernail.org/problems/member-exists");
        List<String> emails = given().when()
                .get(members + "?limit=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items.email");
        assertThat(emails).filteredOn("zoé.race@example.org"::equals).hasSize(1);
    }

    /**
     * Each organisation has two administrators, carol and dave; each steps down at the same
     * instant (carol by demoting herself, dave by leaving), all organisations at once. Each
     * request checks its caller's own role first, so the loser can only meet the last-admin rule.
     */
    @Test
    void twoAdministratorsSteppingDownAtOnceLeaveOneInPlace() throws Exception {
        String alice = Tokens.accessToken("alice");
        String carol = Tokens.accessToken("carol");
        String dave = Tokens.accessToken("dave");
        List<String> orgs = new ArrayList<>();
        for (int i = 0; i < ORGANISATIONS; i++) {
            String org = register(alice, "step-down");
            invite(alice, org, "carol@demo.gouvernail.org");
            invite(alice, org, "dave@demo.gouvernail.org");
            orgs.add(org);
        }
        given().auth().oauth2(carol).when().get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(dave).when().get("/api/v1/me").then().statusCode(200);
        List<Callable<Response>> stepDowns = new ArrayList<>();
        for (String org : orgs) {
            Map<String, Object> founder = member(alice, org, "alice@demo.gouvernail.org");
            given().auth()
                    .oauth2(alice)
                    .contentType("application/merge-patch+json")
                    .header("If-Match", "\"" + founder.get("version") + "\"")
                    .body("{\"roles\":[\"VIEWER\"]}")
                    .when()
                    .patch(path(org, founder))
                    .then()
                    .statusCode(200);
            Map<String, Object> carolsSeat = member(alice, org, "carol@demo.gouvernail.org");
            Map<String, Object> davesSeat = member(alice, org, "dave@demo.gouvernail.org");
            stepDowns.add(() -> given().auth()
                    .oauth2(carol)
                    .contentType("application/merge-patch+json")
                    .header("If-Match", "\"" + carolsSeat.get("version") + "\"")
                    .body("{\"roles\":[\"COMMITTEE\"]}")
                    .when()
                    .patch(path(org, carolsSeat)));
            stepDowns.add(() -> given().auth()
                    .oauth2(dave)
                    .header("If-Match", "\"" + davesSeat.get("version") + "\"")
                    .when()
                    .delete(path(org, davesSeat)));
        }

        List<Response> answers = atOnce(stepDowns);

        for (int i = 0; i < ORGANISATIONS; i++) {
            Response demotion = answers.get(2 * i);
            Response leaving = answers.get(2 * i + 1);
            assertThat(List.of(demotion.statusCode(), leaving.statusCode()))
                    .as("organisation %d: one steps down, the other is refused", i)
                    .isIn(List.of(200, 409), List.of(409, 204));
            Response loser = demotion.statusCode() == 409 ? demotion : leaving;
            assertThat(loser.jsonPath().getString("type")).isEqualTo("https://gouvernail.org/problems/last-admin");
            List<Map<String, Object>> admins = given().auth()
                    .oauth2(alice)
                    .when()
                    .get("/api/v1/organisations/" + orgs.get(i) + "/members?limit=50")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.findAll { it.status == 'ACTIVE' && it.roles.contains('ADMIN') }");
            assertThat(admins).as("active administrators of organisation %d", i).hasSize(1);
        }
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aMemberWithoutEmailCanNeitherBeListedNorMadeAdministrator() {
        OrganisationId org = world.association(World.ADMIN);
        String members = "/api/v1/organisations/" + org + "/members";

        given().contentType("application/json")
                .header("Accept-Language", "en")
                .body("{\"displayName\":\"Jules (bénévole)\",\"personType\":\"VOLUNTEER\",\"roles\":[\"ADMIN\"]}")
                .when()
                .post(members)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/admin-needs-email"))
                .body("title", equalTo("Administrator without an account"));
        Response volunteer = given().contentType("application/json")
                .body("{\"displayName\":\"Jules (bénévole)\",\"personType\":\"VOLUNTEER\",\"roles\":[\"CONTRIBUTOR\"]}")
                .when()
                .post(members);
        volunteer.then().statusCode(201);

        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"roles\":[\"ADMIN\",\"CONTRIBUTOR\"]}")
                .when()
                .patch(members + "/" + volunteer.path("id"))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/admin-needs-email"))
                .body("title", equalTo("Administrateur sans compte"));
    }

    private static List<Response> atOnce(List<Callable<Response>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Response>> pending = new ArrayList<>();
            for (Callable<Response> request : requests) {
                pending.add(pool.submit(() -> {
                    gate.await();
                    return request.call();
                }));
            }
            gate.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pending) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String register(String token, String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"kind\":\"ASSOCIATION\",\"name\":\"Asbl " + slug + "\",\"slug\":\"" + slug
                        + "\",\"country\":\"BE\"}")
                .when()
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void invite(String token, String org, String email) {
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"email\":\"" + email + "\",\"displayName\":\"" + email
                        + "\",\"personType\":\"STAFF\",\"roles\":[\"ADMIN\"]}")
                .when()
                .post("/api/v1/organisations/" + org + "/members")
                .then()
                .statusCode(201);
    }

    private static Map<String, Object> member(String token, String org, String email) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/organisations/" + org + "/members?limit=50")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.email == '" + email + "' }");
    }

    private static String path(String org, Map<String, Object> member) {
        return "/api/v1/organisations/" + org + "/members/" + member.get("id");
    }
}
