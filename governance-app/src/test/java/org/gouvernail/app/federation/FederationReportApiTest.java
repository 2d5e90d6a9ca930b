package org.gouvernail.app.federation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.federation.FederationLink;
import org.gouvernail.domain.federation.Granularity;
import org.gouvernail.domain.federation.Region;
import org.gouvernail.domain.federation.Sector;
import org.gouvernail.domain.federation.SizeClass;
import org.gouvernail.domain.federation.port.in.FederationGovernance;
import org.gouvernail.domain.federation.port.out.FederationSnapshots;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.Role;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A federation's finalised reports end to end, over eight consenting members: the dashboard frozen as
 * served (hidden cells without numbers) with its SHA-256, the same bytes after a member revokes or
 * ends its link, the report then marked with the indicator it fed (never the member), a later report
 * unmarked, and the refusals (analyst writes, another federation, a member).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationReportApiTest {

    static final String FIA = "fia-report-admin";
    static final String ANN = "ann-report-analyst";
    static final String GIL = "gil-report-other";
    static final String TOOLS = "tools.in_inventory";
    static final String ACK = "policies.acknowledgement_rate";

    private static Organisation federation;
    private static final List<Organisation> members = new ArrayList<>();
    private static final List<FederationLink> links = new ArrayList<>();
    private static String first;
    private static String firstDocument;

    @Inject
    FederationScene scene;

    @Inject
    FederationGovernance federations;

    @Inject
    FederationSnapshots snapshots;

    @Inject
    SessionFactory sessionFactory;

    private static String admin(int i) {
        return "report-member-" + i;
    }

    @BeforeEach
    void setUp() {
        if (federation != null) {
            return;
        }
        federation = scene.organisation(OrganisationKind.FEDERATION, FIA, 4);
        scene.member(federation, FIA, ANN, Role.ANALYST);
        scene.organisation(OrganisationKind.FEDERATION, GIL, 1);
        for (int i = 0; i < 8; i++) {
            Organisation member = scene.organisation(OrganisationKind.ASSOCIATION, admin(i), 3 + i);
            members.add(member);
            FederationLink link = federations.invite(
                    World.caller(FIA),
                    federation.id(),
                    member.profile().slug(),
                    new Region(i < 6 ? "BE-BRU" : "BE-WAL"),
                    Sector.HEALTH);
            link = federations.accept(World.caller(admin(i)), member.id(), link.id(), link.version(), null, null);
            link = federations.grant(
                    World.caller(admin(i)),
                    member.id(),
                    link.id(),
                    link.version(),
                    TOOLS,
                    Granularity.AGGREGATE_ONLY,
                    null);
            links.add(link);
        }
        LocalDate period = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < links.size(); i++) {
                snapshots.save(links.get(i), period, SizeClass.MICRO, Map.of(TOOLS, 10L + i));
            }
        });
    }

    private static String reports() {
        return "/api/v1/federations/" + federation.id() + "/reports";
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @Order(1)
    @TestSecurity(user = FIA)
    void theAdminFreezesTheDashboardAsServedWithItsHash() throws Exception {
        first = given().contentType("application/json")
                .body("{\"title\":\"Assemblée générale 2026\",\"indicators\":[\"" + TOOLS
                        + "\"],\"segment\":\"REGION\"}")
                .when()
                .post(reports())
                .then()
                .statusCode(201)
                .body("marked", equalTo(false))
                .body("withdrawnIndicators", empty())
                .body("indicators", equalTo(List.of(TOOLS)))
                .extract()
                .path("id");
        Response content = given().when().get(reports() + "/" + first + "/content");
        content.then().statusCode(200);
        firstDocument = content.asString();
        String hash = given().when()
                .get(reports() + "/" + first)
                .then()
                .statusCode(200)
                .extract()
                .path("sha256");
        assertThat(sha256(firstDocument)).isEqualTo(hash);
        assertThat(content.header("Repr-Digest"))
                .isEqualTo("sha-256=:"
                        + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hash)) + ":");
        // the total and Brussels as the dashboard serves them; Wallonia (2 members) hidden without a number
        content.then()
                .body("title", equalTo("Assemblée générale 2026"))
                .body("indicators[0].total.contributors", equalTo(8))
                .body("indicators[0].total.sum", equalTo(10 * 8 + 28))
                .body("indicators[0].cells.find { it.segment == 'BE-WAL' }.sum", nullValue())
                .body("indicators[0].cells.find { it.segment == 'BE-WAL' }.suppressed", equalTo("BELOW_K"));
        assertThat(firstDocument).doesNotContain("\"sum\":33"); // 16 + 17, Wallonia's hidden sum
        given().header("If-None-Match", "\"" + hash + "\"")
                .when()
                .get(reports() + "/" + first + "/content")
                .then()
                .statusCode(304);
    }

    @Test
    @Order(2)
    @TestSecurity(user = FIA)
    void badInputIs400() {
        for (String body : List.of(
                "{\"title\":\"\"}",
                "{\"title\":\"AG\",\"indicators\":[\"no.such_indicator\"]}",
                "{\"title\":\"AG\",\"segment\":\"CITY\"}",
                "{\"title\":\"AG\",\"indicators\":[null]}")) {
            given().contentType("application/json")
                    .body(body)
                    .when()
                    .post(reports())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    @Order(3)
    @TestSecurity(user = ANN)
    void anAnalystReadsReportsButFinalisesNone() {
        given().when().get(reports()).then().statusCode(200).body("items.id", hasItem(first));
        given().when().get(reports() + "/" + first + "/content").then().statusCode(200);
        new Call("POST", reports(), "{\"title\":\"AG\"}").answers(403, "forbidden");
    }

    @Test
    @Order(4)
    @TestSecurity(user = GIL)
    void anotherFederationsAdminGets404() {
        for (Call call : IsolationCalls.federationReports(federation.id().toString(), first)) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @Order(5)
    @TestSecurity(user = "report-member-3")
    void aMemberGets404() {
        for (Call call : IsolationCalls.federationReports(federation.id().toString(), first)) {
            call.answers(404, "not-found");
        }
        for (Call call : IsolationCalls.federationReports(members.get(3).id().toString(), first)) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @Order(6)
    @TestSecurity(user = FIA)
    void aRevocationMarksTheReportWithoutChangingIt() throws Exception {
        FederationLink link = links.get(0);
        federations.revoke(World.caller(admin(0)), members.get(0).id(), link.id(), link.version(), TOOLS);
        given().when()
                .get(reports() + "/" + first)
                .then()
                .statusCode(200)
                .body("marked", equalTo(true))
                .body("withdrawnIndicators", equalTo(List.of(TOOLS)));
        assertThat(given().when().get(reports() + "/" + first + "/content").asString())
                .isEqualTo(firstDocument);
        // a report drawn after the revocation leaves the member out and is not marked
        given().contentType("application/json")
                .body("{\"title\":\"Après retrait\",\"indicators\":[\"" + TOOLS + "\"]}")
                .when()
                .post(reports())
                .then()
                .statusCode(201)
                .body("marked", equalTo(false));
    }

    @Test
    @Order(7)
    @TestSecurity(user = FIA)
    void anEndedLinkMarksTheReportsItFed() {
        String second =
                given().when().get(reports()).then().statusCode(200).extract().path("items[0].id");
        assertThat(second).isNotEqualTo(first);
        FederationLink link = federations.link(
                World.caller(FIA), federation.id(), links.get(5).id());
        federations.endByMember(World.caller(admin(5)), members.get(5).id(), link.id(), link.version());
        given().when()
                .get(reports())
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + second + "' }.marked", equalTo(true))
                .body("items.find { it.id == '" + first + "' }.marked", equalTo(true));
    }

    @Test
    @Order(8)
    @TestSecurity(user = FIA)
    void theListCostsTheSameWithOneOrManyReports() {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().queryParam("limit", 1).when().get(reports()).then().statusCode(200);
        long one = statistics.getPrepareStatementCount();
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json")
                    .body("{\"title\":\"Rapport " + i + "\"}")
                    .when()
                    .post(reports())
                    .then()
                    .statusCode(201);
        }
        statistics.clear();
        given().when().get(reports()).then().statusCode(200);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(one);
    }
}
