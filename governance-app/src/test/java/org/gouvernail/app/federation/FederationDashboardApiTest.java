package org.gouvernail.app.federation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The federation's roll-up dashboard and the members' benchmark end to end, over twelve consenting
 * members (7 in BE-BRU, 4 in BE-WAL, 1 in LU): k and secondary suppression as served, the snapshots
 * taken on demand, a revoked consent and a suspended link leaving every later aggregate at once, the
 * benchmark where k holds, and the refusals (another federation, an association, bad parameters).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationDashboardApiTest {

    static final String FIA = "fia-dash-admin";
    static final String ANN = "ann-dash-analyst";
    static final String GIL = "gil-dash-other";
    static final String TOOLS = "tools.in_inventory";
    static final String ACK = "policies.acknowledgement_rate";

    private static Organisation federation;
    private static Organisation otherFederation;
    private static final List<Organisation> members = new ArrayList<>();
    private static final List<FederationLink> links = new ArrayList<>();

    @Inject
    FederationScene scene;

    @Inject
    FederationGovernance federations;

    @Inject
    FederationSnapshots snapshots;

    @Inject
    SessionFactory sessionFactory;

    private static String admin(int i) {
        return "dash-member-" + i;
    }

    @BeforeEach
    void setUp() {
        if (federation != null) {
            return;
        }
        federation = scene.organisation(OrganisationKind.FEDERATION, FIA, 4);
        scene.member(federation, FIA, ANN, Role.ANALYST);
        otherFederation = scene.organisation(OrganisationKind.FEDERATION, GIL, 1);
        for (int i = 0; i < 12; i++) {
            Organisation member = scene.organisation(OrganisationKind.ASSOCIATION, admin(i), 3 + i);
            members.add(member);
            String region = i < 7 ? "BE-BRU" : i < 11 ? "BE-WAL" : "LU";
            FederationLink link = federations.invite(
                    World.caller(FIA), federation.id(), member.profile().slug(), new Region(region), Sector.HEALTH);
            link = federations.accept(World.caller(admin(i)), member.id(), link.id(), link.version(), null, null);
            link = federations.grant(
                    World.caller(admin(i)),
                    member.id(),
                    link.id(),
                    link.version(),
                    TOOLS,
                    Granularity.AGGREGATE_ONLY,
                    null);
            if (i < 4) { // only four share the acknowledgement rate: below k
                link = federations.grant(
                        World.caller(admin(i)), member.id(), link.id(), link.version(), ACK, Granularity.NAMED, null);
            }
            links.add(link);
        }
        // the snapshots as the monthly job would write them, with known values: member i declared 10 + i tools
        LocalDate period = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < links.size(); i++) {
                snapshots.save(
                        links.get(i),
                        period,
                        SizeClass.MICRO,
                        i < 4 ? Map.of(TOOLS, 10L + i, ACK, 50L + i) : Map.of(TOOLS, 10L + i));
            }
        });
    }

    private static String dashboard() {
        return "/api/v1/federations/" + federation.id() + "/dashboard";
    }

    private long statements(String path) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    @Test
    @Order(1)
    @TestSecurity(user = ANN)
    void theAnalystReadsTheTotalsAndTheRegionsUnderDisclosureControl() {
        JsonPath body = given().queryParam("indicators", TOOLS + "," + ACK)
                .queryParam("segment", "REGION")
                .when()
                .get(dashboard())
                .then()
                .statusCode(200)
                .body("segment", equalTo("REGION"))
                .body("minContributors", equalTo(5))
                .extract()
                .jsonPath();
        // tools: 12 contributors, 10 + 11 + ... + 21 = 186
        assertThat(body.getInt("indicators[0].total.contributors")).isEqualTo(12);
        assertThat(body.getLong("indicators[0].total.sum")).isEqualTo(186);
        assertThat(body.getDouble("indicators[0].total.mean")).isEqualTo(15.5);
        assertThat(body.getString("indicators[0].cells.find { it.segment == 'BE-BRU' }.suppressed"))
                .isNull();
        assertThat(body.getInt("indicators[0].cells.find { it.segment == 'BE-BRU' }.contributors"))
                .isEqualTo(7);
        // BE-WAL (4) and LU (1) are below k; together they are 5: the total minus BE-BRU discloses no one
        assertThat(body.getString("indicators[0].cells.find { it.segment == 'BE-WAL' }.suppressed"))
                .isEqualTo("BELOW_K");
        assertThat(body.getString("indicators[0].cells.find { it.segment == 'LU' }.suppressed"))
                .isEqualTo("BELOW_K");
        assertThat(body.getString("indicators[0].cells.find { it.segment == 'LU' }.sum"))
                .isNull();
        // the acknowledgement rate: four contributors only, nothing shown at all
        assertThat(body.getString("indicators[1].code")).isEqualTo(ACK);
        assertThat(body.getString("indicators[1].total.suppressed")).isEqualTo("BELOW_K");
        assertThat(body.getString("indicators[1].total.contributors")).isNull();
        assertThat(body.getList("indicators[1].cells.suppressed")).doesNotContainNull();
        // ... but the four consented to NAMED: their own values are shown by name, whatever the cells
        assertThat(body.getList("indicators[1].named.value", Long.class)).containsExactlyInAnyOrder(50L, 51L, 52L, 53L);
        assertThat(body.getList("indicators[1].named.organisationId", String.class))
                .containsExactlyInAnyOrder(members.subList(0, 4).stream()
                        .map(member -> member.id().toString())
                        .toArray(String[]::new));
        assertThat(body.getList("indicators[1].named.name", String.class))
                .contains(members.get(0).profile().name());
        assertThat(body.getList("indicators[0].named")).isEmpty();

        assertThat(statements(dashboard() + "?segment=SECTOR"))
                .as("membership, organisation, snapshots")
                .isLessThanOrEqualTo(5);
    }

    @Test
    @Order(2)
    @TestSecurity(user = ANN)
    void badParametersAre400AndTheTotalsOnlyWithoutASegment() {
        given().queryParam("indicators", "tools.names")
                .when()
                .get(dashboard())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("segment", "CITY")
                .when()
                .get(dashboard())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("indicators", TOOLS)
                .when()
                .get(dashboard())
                .then()
                .statusCode(200)
                .body("segment", nullValue())
                .body("indicators[0].cells.size()", equalTo(0))
                .body("indicators[0].total.contributors", equalTo(12));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "dash-member-0")
    void aMemberComparesItselfWhereKHolds() {
        JsonPath body = given().queryParam("federation", federation.id().toString())
                .when()
                .get("/api/v1/organisations/" + members.get(0).id() + "/benchmark")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(body.getList("indicators.code")).containsExactly(TOOLS, ACK);
        // 10..21: quartiles 12.75, 15.5, 18.25 (type 7), rounded to one decimal
        assertThat(body.getLong("indicators.find { it.code == 'tools.in_inventory' }.own"))
                .isEqualTo(10);
        assertThat(body.getDouble("indicators.find { it.code == 'tools.in_inventory' }.median"))
                .isEqualTo(15.5);
        assertThat(body.getDouble("indicators.find { it.code == 'tools.in_inventory' }.firstQuartile"))
                .isEqualTo(12.8);
        assertThat(body.getDouble("indicators.find { it.code == 'tools.in_inventory' }.thirdQuartile"))
                .isEqualTo(18.3);
        assertThat(body.getString("indicators.find { it.code == 'policies.acknowledgement_rate' }.suppressed"))
                .isEqualTo("BELOW_K");
        assertThat(body.getString("indicators.find { it.code == 'policies.acknowledgement_rate' }.median"))
                .isNull();
        given().when()
                .get("/api/v1/organisations/" + members.get(0).id() + "/benchmark")
                .then()
                .statusCode(400);
        given().queryParam("federation", otherFederation.id().toString())
                .when()
                .get("/api/v1/organisations/" + members.get(0).id() + "/benchmark")
                .then()
                .statusCode(404);
    }

    @Test
    @Order(4)
    @TestSecurity(user = ANN)
    void aRevokedConsentAndASuspendedLinkLeaveTheNextAggregateAtOnce() {
        FederationLink first = links.get(0);
        federations.revoke(World.caller(admin(0)), members.get(0).id(), first.id(), first.version(), TOOLS);
        FederationLink second = links.get(1);
        federations.suspend(World.caller(FIA), federation.id(), second.id(), second.version());
        given().queryParam("indicators", TOOLS)
                .queryParam("segment", "REGION")
                .when()
                .get(dashboard())
                .then()
                .statusCode(200)
                .body("indicators[0].total.contributors", equalTo(10))
                .body("indicators[0].total.sum", equalTo(186 - 10 - 11))
                .body("indicators[0].cells.find { it.segment == 'BE-BRU' }.contributors", equalTo(5));
    }

    @Test
    @Order(5)
    @TestSecurity(user = GIL)
    void anotherFederationsAdminGets404() {
        given().when().get(dashboard()).then().statusCode(404).contentType("application/problem+json");
        given().when()
                .get("/api/v1/federations/" + otherFederation.id() + "/dashboard?indicators=" + TOOLS)
                .then()
                .statusCode(200)
                .body("indicators[0].total.suppressed", equalTo("BELOW_K"));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "dash-member-2")
    void aMemberAdminIsNoReaderOfTheFederationDashboard() {
        given().when().get(dashboard()).then().statusCode(404).contentType("application/problem+json");
        given().when()
                .get("/api/v1/federations/" + members.get(2).id() + "/dashboard")
                .then()
                .statusCode(404);
    }

    @Test
    @Order(7)
    @TestSecurity(user = FIA)
    void snapshotsOnDemandCoverEveryActiveMemberFromItsRegisters() {
        given().when()
                .post("/api/v1/federations/" + federation.id() + "/snapshots")
                .then()
                .statusCode(200)
                .body("members", equalTo(11))
                .body(
                        "period",
                        equalTo(LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).toString()));
        // counted in the registers now: every member has no tool, so the sum is 0 over 11 consenting... 10 sharing
        given().queryParam("indicators", TOOLS)
                .when()
                .get(dashboard())
                .then()
                .statusCode(200)
                .body("indicators[0].total.contributors", equalTo(10))
                .body("indicators[0].total.sum", equalTo(0));
    }

    @Test
    @Order(8)
    @TestSecurity(user = ANN)
    void namedValuesAreShownByNameAndNoLongerCountTowardsK() {
        // BE-BRU holds 5 contributors (members 2 to 6); two of them now share their tools by name
        for (int i = 2; i < 4; i++) {
            FederationLink link = links.get(i);
            links.set(
                    i,
                    federations.grant(
                            World.caller(admin(i)),
                            members.get(i).id(),
                            link.id(),
                            link.version(),
                            TOOLS,
                            Granularity.NAMED,
                            null));
        }
        JsonPath body = given().queryParam("indicators", TOOLS)
                .queryParam("segment", "REGION")
                .when()
                .get(dashboard())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(body.getList("indicators[0].named.organisationId", String.class))
                .containsExactlyInAnyOrder(
                        members.get(2).id().toString(), members.get(3).id().toString());
        // 3 contributors of BE-BRU are not shown by name: below k, although the cell counts 5
        assertThat(body.getString("indicators[0].cells.find { it.segment == 'BE-BRU' }.suppressed"))
                .isEqualTo("BELOW_K");
        // the total still serves every contributor: 8 of the 10 are not named
        assertThat(body.getInt("indicators[0].total.contributors")).isEqualTo(10);
    }
}
