package org.gouvernail.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.committee.RequestKind;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What attackers sent (issue 10) and what they must get: a 4xx problem naming what is wrong,
 * never a 500, never something stored other than what was sent.
 */
@QuarkusTest
class HostileInputApiTest {

    private static final String PROBLEMS = "https://gouvernail.org/problems/";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static Scene scene;

    @Inject
    World world;

    @Inject
    OrganisationManagement organisations;

    @Inject
    CommitteeGovernance governance;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static String tools() {
        return "/api/v1/organisations/" + scene.org() + "/tools";
    }

    private static String risks() {
        return "/api/v1/organisations/" + scene.org() + "/risks";
    }

    private static Response postJson(String path, String body) {
        return given().contentType("application/json")
                .header("Accept-Language", "en")
                .body(body)
                .when()
                .post(path);
    }

    private static void refusedNaming(Response response, String field) {
        response.then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem(field));
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aMalformedAcceptLanguageIsServedInFrenchNeverA500() {
        for (String header : List.of("fr;q=2", "en;q=abc", ";;;,", "en;q=1.5, nl;q=0.4", "*;q=-1", "\u00e9t\u00e9")) {
            given().header("Accept-Language", header)
                    .when()
                    .get(tools() + "/" + UUID.randomUUID())
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo(PROBLEMS + "not-found"));
            given().header("Accept-Language", header).when().get(tools()).then().statusCode(200);
        }
        given().header("Accept-Language", "fr;q=2")
                .when()
                .get(tools() + "/" + UUID.randomUUID())
                .then()
                .header("Content-Language", "fr");
        given().header("Accept-Language", "en;q=2, nl")
                .when()
                .get(tools() + "/" + UUID.randomUUID())
                .then()
                .header("Content-Language", "nl");
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aKeyGivenTwiceIsRefusedNamingIt() {
        refusedNaming(
                postJson(
                        tools(),
                        "{\"name\":\"Un\",\"name\":\"Deux\",\"category\":\"OTHER\",\"accountType\":\"PROFESSIONAL\"}"),
                "name");
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void textAfterTheJsonDocumentIsRefused() {
        postJson(
                        tools(),
                        "{\"name\":\"Trailing\",\"category\":\"OTHER\",\"accountType\":\"PROFESSIONAL\"} {\"name\":\"x\"}")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        postJson(tools(), "{\"name\":\"Trailing\",\"category\":\"OTHER\",\"accountType\":\"PROFESSIONAL\"} garbage")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        given().queryParam("text", "Trailing").when().get(tools()).then().body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aNullInsideAnEnumListIsRefusedNamingTheList() {
        Response response = postJson(
                tools(),
                "{\"name\":\"Nulls\",\"category\":\"OTHER\",\"accountType\":\"PROFESSIONAL\","
                        + "\"dataCategories\":[\"INTERNAL\",null]}");
        response.then().statusCode(400).contentType(PROBLEM_JSON);
        assertThat(response.jsonPath().getList("errors.field", String.class))
                .anyMatch(field -> field.startsWith("dataCategories"));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aFractionInAnIntegerFieldIsRefusedNotTruncated() {
        refusedNaming(
                postJson(
                        tools(),
                        "{\"name\":\"Fraction\",\"category\":\"OTHER\",\"accountType\":\"PROFESSIONAL\",\"estimatedUsers\":4.9}"),
                "estimatedUsers");
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void aFractionalLikelihoodIsRefusedNotTruncated() {
        refusedNaming(
                postJson(
                        risks(), "{\"title\":\"Fraction\",\"category\":\"PRIVACY\",\"likelihood\":4.9,\"severity\":2}"),
                "likelihood");
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void aDateIsAnIsoTextWithAYearFrom1To9999() {
        String risk = risks() + "/"
                + postJson(
                                risks(),
                                "{\"title\":\"Dates\",\"category\":\"PRIVACY\",\"likelihood\":2,\"severity\":2,"
                                        + "\"withSuggestedActions\":false}")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        for (String date : List.of(
                "20261201",
                "1.5",
                "\"+10000-01-01\"",
                "\"0000-01-01\"",
                "\"-0001-01-01\"",
                "\"2026-02-30\"",
                "[2026,12,1]",
                "true",
                "\"12/01/2026\"")) {
            refusedNaming(
                    postJson(risk + "/actions", "{\"title\":\"Une action\",\"dueDate\":" + date + "}"), "dueDate");
        }
        postJson(risk + "/actions", "{\"title\":\"Une action\",\"dueDate\":\"9999-12-31\"}")
                .then()
                .statusCode(201)
                .body("dueDate", equalTo("9999-12-31"));
        postJson(risk + "/actions", "{\"title\":\"Une action\",\"dueDate\":\"0001-01-01\"}")
                .then()
                .statusCode(201)
                .body("dueDate", equalTo("0001-01-01"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aDryRunIsOnlyTrueOrFalseAndAnythingElseImportsNothing() {
        String csv = "nom;catégorie;type de compte\nDry run probe;OTHER;PROFESSIONAL\n";
        for (String spelling : List.of("1", "yes", "maybe", "TRUE", "on")) {
            given().contentType("text/csv")
                    .header("Accept-Language", "en")
                    .queryParam("dryRun", spelling)
                    .body(csv)
                    .when()
                    .post(tools() + "/import")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo(PROBLEMS + "invalid-parameter"))
                    .body("errors.field", hasItem("dryRun"));
        }
        given().contentType("text/csv")
                .queryParam("dryRun", "true")
                .body(csv)
                .when()
                .post(tools() + "/import")
                .then()
                .statusCode(200);
        given().queryParam("text", "Dry run probe")
                .when()
                .get(tools())
                .then()
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aDecisionNamingAnotherOrganisationsRequestIsNotFound() {
        String foreign = governance
                .request(
                        World.caller(World.STRANGER),
                        scene.other(),
                        RequestKind.NEW_TOOL,
                        null,
                        "Outil d'ailleurs",
                        null)
                .id()
                .toString();
        postJson(
                        "/api/v1/organisations/" + scene.org() + "/decisions",
                        "{\"subject\":\"OTHER\",\"outcome\":\"DEFERRED\",\"requestId\":\"" + foreign
                                + "\",\"votesFor\":0,\"votesAgainst\":0,\"votesAbstain\":0}")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "not-found"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aDecisionOnSubjectOtherNamesNoSubjectId() {
        refusedNaming(
                postJson(
                        "/api/v1/organisations/" + scene.org() + "/decisions",
                        "{\"subject\":\"OTHER\",\"subjectId\":\"" + UUID.randomUUID()
                                + "\",\"outcome\":\"DEFERRED\",\"votesFor\":0,\"votesAgainst\":0,\"votesAbstain\":0}"),
                "subjectId");
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void actionsAddedAtOnceToOneRiskAllSucceedWithoutIfMatch() throws Exception {
        String risk = risks() + "/"
                + postJson(
                                risks(),
                                "{\"title\":\"Concurrence\",\"category\":\"PRIVACY\",\"likelihood\":3,\"severity\":3,"
                                        + "\"withSuggestedActions\":false}")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        int parallel = 4;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            String title = "Action " + i;
            answers.add(pool.submit(() -> {
                start.await();
                return postJson(risk + "/actions", "{\"title\":\"" + title + "\"}")
                        .statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(201);
        given().when()
                .get(risk)
                .then()
                .statusCode(200)
                .body("actions.size()", equalTo(parallel))
                .header("ETag", "\"" + parallel + "\"");
    }

    @Test
    void aRequestLineAbove4KiBIsA414Problem() {
        given().header("Accept-Language", "en")
                .when()
                .get("/api/v1/me?padding=" + "x".repeat(5000))
                .then()
                .statusCode(414)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "request-line-too-long"))
                .body("title", equalTo("Address too long"));
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void anUnsupportedMethodIsA405Problem() {
        given().header("Accept-Language", "en")
                .when()
                .delete("/api/v1/me")
                .then()
                .statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "method-not-allowed"));
        given().header("Accept-Language", "en")
                .when()
                .request("PROPFIND", "/api/v1/me")
                .then()
                .statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "method-not-allowed"));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void formatRefusalsAreProblems() {
        given().accept("text/html")
                .when()
                .get(tools())
                .then()
                .statusCode(406)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "not-acceptable"));
        given().contentType("application/xml")
                .body("<tool/>")
                .when()
                .post(tools())
                .then()
                .statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "unsupported-media-type"));
    }

    @Test
    void aBadTokenIsA401Problem() {
        given().auth()
                .oauth2("not-a-jwt")
                .when()
                .get(tools())
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "unauthorized"));
        given().when().get(tools()).then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aBodyAbove1MiBIsA413ProblemWithOrWithoutContentLength() throws Exception {
        byte[] big = ("{\"name\":\"" + "x".repeat(1_200_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newHttpClient();
        URI uri = root.toURI().resolve(tools().substring(1));
        HttpResponse<String> chunked = client.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(chunked.body()).contains(PROBLEMS + "payload-too-large");

        HttpResponse<String> declared = client.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains(PROBLEMS + "payload-too-large");
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aRevokedMemberReplayingAnIdempotencyKeyGets404NotTheKeptAnswer() {
        OrganisationId organisation = world.association(World.ADMIN);
        Membership member = world.member(organisation, World.CONTRIBUTOR, Role.CONTRIBUTOR);
        String path = "/api/v1/organisations/" + organisation + "/tools";
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"Avant révocation\",\"category\":\"OTHER\",\"accountType\":\"PROFESSIONAL\"}";
        given().contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(201);

        organisations.removeMember(World.caller(World.ADMIN), organisation, member.id(), member.version());

        given().contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void exportedCellsNeverRunAsFormulasAndImportBackAsTheyWere() {
        OrganisationId organisation = world.association(World.ADMIN);
        String path = "/api/v1/organisations/" + organisation + "/tools";
        List<String> names = List.of(
                "=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "'=already quoted");
        for (String name : names) {
            postJson(path, "{\"name\":" + quote(name) + ",\"category\":\"OTHER\",\"accountType\":\"PROFESSIONAL\"}")
                    .then()
                    .statusCode(201);
        }
        String csv = given().header("Accept-Language", "en")
                .queryParam("format", "csv")
                .when()
                .get(path + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String line : csv.lines().skip(1).toList()) {
            String cell = line.startsWith("\"") ? line.substring(1) : line;
            cell = cell.substring(cell.indexOf(',') + 1);
            cell = cell.startsWith("\"") ? cell.substring(1) : cell;
            assertThat(cell).as(line).startsWith("'");
        }

        OrganisationId copy = world.association(World.ADMIN);
        String copyPath = "/api/v1/organisations/" + copy + "/tools";
        given().contentType("text/csv")
                .body(csv)
                .when()
                .post(copyPath + "/import")
                .then()
                .statusCode(201);
        assertThat(given().queryParam("limit", 200)
                        .when()
                        .get(copyPath)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.name", String.class))
                .containsExactlyInAnyOrderElementsOf(names);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
