package org.gouvernail.app.federation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.domain.federation.port.out.FederationMembers;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Federation links end to end: the federation's ADMIN invites, the member's ADMIN accepts and grants
 * or revokes consents per indicator (If-Match on the link), every change in both audit trails; an
 * ANALYST reads no member register and no member list; another federation, another member, a
 * member without the role and no token are refused (404, 404, 403, 401).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationLinkApiTest {

    static final String FAY = "fay-fed-admin";
    static final String ANA = "ana-fed-analyst";
    static final String MIA = "mia-member-admin";
    static final String VIC = "vic-member-viewer";
    static final String MAX = "max-other-member";
    static final String GUS = "gus-other-federation";

    private static Organisation federation;
    private static Organisation member;
    private static Organisation otherMember;
    private static Organisation otherFederation;
    private static String link;

    @Inject
    FederationScene scene;

    @Inject
    FederationMembers members;

    @BeforeEach
    void setUp() {
        if (federation != null) {
            return;
        }
        federation = scene.organisation(OrganisationKind.FEDERATION, FAY, 3);
        scene.member(federation, FAY, ANA, Role.ANALYST);
        member = scene.organisation(OrganisationKind.ASSOCIATION, MIA, 12);
        scene.member(member, MIA, VIC, Role.VIEWER);
        otherMember = scene.organisation(OrganisationKind.ASSOCIATION, MAX, 2);
        otherFederation = scene.organisation(OrganisationKind.FEDERATION, GUS, 1);
    }

    private static String fed() {
        return "/api/v1/federations/" + federation.id();
    }

    private static String mine() {
        return "/api/v1/organisations/" + member.id() + "/federation-links";
    }

    @Test
    @Order(1)
    @TestSecurity(user = FAY)
    void theFederationAdminInvitesAnAssociation() {
        link = given().contentType("application/json")
                .body("{\"memberSlug\":\"" + member.profile().slug()
                        + "\",\"region\":\"be-bru\",\"sector\":\"HEALTH\"}")
                .when()
                .post(fed() + "/links")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", org.hamcrest.Matchers.containsString(fed() + "/links/"))
                .body("status", equalTo("INVITED"))
                .body("region", equalTo("BE-BRU"))
                .body("associationId", equalTo(member.id().toString()))
                .body("consents", hasSize(0))
                .extract()
                .path("id");

        given().contentType("application/json")
                .body("{\"memberSlug\":\"" + member.profile().slug() + "\"}")
                .when()
                .post(fed() + "/links")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/federation-already-linked"));
        given().contentType("application/json")
                .body("{\"memberSlug\":\"" + otherFederation.profile().slug() + "\"}")
                .when()
                .post(fed() + "/links")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/federation-member-not-association"));
        given().contentType("application/json")
                .body("{\"memberSlug\":\"no-such-association-here\"}")
                .when()
                .post(fed() + "/links")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"memberSlug\":\"x\",\"region\":\"Bruxelles\"}")
                .when()
                .post(fed() + "/links")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertThat(members.isActiveMember(federation.id(), member.id())).isFalse();
    }

    @Test
    @Order(2)
    @TestSecurity(user = MIA)
    void theMemberAdminAcceptsThenGrantsAndRevokesConsentsWithIfMatch() {
        given().when()
                .get(mine())
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].status", equalTo("INVITED"));
        given().contentType("application/json")
                .body("{}")
                .when()
                .post(mine() + "/" + link + "/accept")
                .then()
                .statusCode(428);
        given().header("If-Match", "\"7\"")
                .contentType("application/json")
                .body("{}")
                .when()
                .post(mine() + "/" + link + "/accept")
                .then()
                .statusCode(412);
        given().header("If-Match", "\"0\"")
                .contentType("application/json")
                .body("{\"sector\":\"SOCIAL_ACTION\"}")
                .when()
                .post(mine() + "/" + link + "/accept")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("ACTIVE"))
                .body("sector", equalTo("SOCIAL_ACTION"))
                .body("region", equalTo("BE-BRU"));
        assertThat(members.isActiveMember(federation.id(), member.id())).isTrue();
        assertThat(members.isActiveMember(federation.id(), otherMember.id())).isFalse();
        assertThat(members.isActiveMember(otherFederation.id(), member.id())).isFalse();

        consent("tools.in_inventory", "AGGREGATE_ONLY", "\"1\"")
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("consents", hasSize(1))
                .body("consents[0].indicator", equalTo("tools.in_inventory"))
                .body("history", hasSize(1));
        consent("tools.in_inventory", "AGGREGATE_ONLY", "\"1\"").statusCode(412);
        consent("tools.names", "NAMED", "\"2\"")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("indicator"));
        given().header("If-Match", "\"2\"")
                .contentType("application/json")
                .body("{\"indicator\":\"policies.acknowledgement_rate\",\"granularity\":\"NAMED\",\"decisionId\":\""
                        + java.util.UUID.randomUUID() + "\"}")
                .when()
                .post(mine() + "/" + link + "/consents")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        consent("policies.acknowledgement_rate", "NAMED", "\"2\"")
                .statusCode(200)
                .header("ETag", "\"3\"");
        given().header("If-Match", "\"3\"")
                .when()
                .post(mine() + "/" + link + "/consents/tools.in_inventory/revoke")
                .then()
                .statusCode(200)
                .header("ETag", "\"4\"")
                .body("consents", hasSize(1))
                .body("consents[0].indicator", equalTo("policies.acknowledgement_rate"))
                .body("history", hasSize(3))
                .body("history[2].kind", equalTo("REVOKED"));
        given().header("If-Match", "\"4\"")
                .when()
                .post(mine() + "/" + link + "/consents/tools.in_inventory/revoke")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/consent-not-granted"));
        // the member's own trail
        List<String> actions = given().when()
                .get("/api/v1/organisations/" + member.id() + "/audit-events?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(actions)
                .contains(
                        "federation.member-invited",
                        "federation.link-accepted",
                        "federation.consent-granted",
                        "federation.consent-revoked");
    }

    private io.restassured.response.ValidatableResponse consent(String indicator, String granularity, String ifMatch) {
        return given().header("If-Match", ifMatch)
                .contentType("application/json")
                .body("{\"indicator\":\"" + indicator + "\",\"granularity\":\"" + granularity + "\"}")
                .when()
                .post(mine() + "/" + link + "/consents")
                .then();
    }

    @Test
    @Order(3)
    @TestSecurity(user = FAY)
    void theFederationSeesTheLinkAndTheConsentHistoryInItsOwnTrail() {
        given().when()
                .get(fed() + "/links/" + link)
                .then()
                .statusCode(200)
                .header("ETag", "\"4\"")
                .body("status", equalTo("ACTIVE"))
                .body("consents[0].granularity", equalTo("NAMED"))
                .body("history", hasSize(3));
        given().header("If-None-Match", "\"4\"")
                .when()
                .get(fed() + "/links/" + link)
                .then()
                .statusCode(304);
        List<String> actions = given().when()
                .get("/api/v1/organisations/" + federation.id() + "/audit-events?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(actions)
                .contains(
                        "federation.member-invited",
                        "federation.link-accepted",
                        "federation.consent-granted",
                        "federation.consent-revoked");
        assertThat(actions.stream().filter("federation.consent-granted"::equals))
                .hasSize(2);
    }

    @Test
    @Order(4)
    @TestSecurity(user = ANA)
    void anAnalystReadsNoMemberRegisterAndNoMemberList() {
        String memberBase = "/api/v1/organisations/" + member.id();
        for (String register :
                List.of("/tools", "/risks", "/members", "/audit-events", "/dashboard", "/federation-links")) {
            new Call("GET", memberBase + register, null).answers(404, "not-found");
        }
        for (Call call : IsolationCalls.federation(federation.id().toString(), link)) {
            if (call.path().contains("/dashboard")) {
                given().when().get(call.path()).then().statusCode(200); // aggregates: the analyst's one read
            } else {
                call.answers(403, "forbidden");
            }
        }
    }

    @Test
    @Order(5)
    @TestSecurity(user = GUS)
    void anotherFederationsAdminGets404Everywhere() {
        for (Call call : IsolationCalls.federation(federation.id().toString(), link)) {
            call.answers(404, "not-found");
        }
        for (Call call : IsolationCalls.federationLinks(member.id().toString(), link)) {
            call.answers(404, "not-found");
        }
        // its own federation does not hold this link either
        new Call("GET", "/api/v1/federations/" + otherFederation.id() + "/links/" + link, null)
                .answers(404, "not-found");
    }

    @Test
    @Order(6)
    @TestSecurity(user = MAX)
    void anotherMemberGets404OnTheLinkEvenThroughItsOwnOrganisation() {
        for (Call call : IsolationCalls.federationLinks(otherMember.id().toString(), link)) {
            if (call.path().contains("/benchmark")) {
                call.answers(404, "not-found"); // no link to that federation
            } else if (call.path().endsWith("/federation-links")) {
                given().when().get(call.path()).then().statusCode(200).body("items", hasSize(0));
            } else {
                call.answers(404, "not-found");
            }
        }
        // an association is not a federation: its own ADMIN gets 404 on the federation side
        for (Call call : IsolationCalls.federation(otherMember.id().toString(), link)) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @Order(7)
    @TestSecurity(user = VIC)
    void aMemberViewerReadsTheLinksButChangesNothing() {
        for (Call call : IsolationCalls.federationLinks(member.id().toString(), link)) {
            if (call.path().contains("/benchmark")) {
                call.answers(404, "not-found"); // a viewer may read it, but there is no such federation
            } else if (call.reads()) {
                given().when().get(call.path()).then().statusCode(200);
            } else {
                call.answers(403, "forbidden");
            }
        }
    }

    @Test
    @Order(8)
    void noTokenGets401() {
        for (Call call : IsolationCalls.federationLinks(member.id().toString(), link)) {
            call.answers(401, "unauthorized");
        }
        for (Call call : IsolationCalls.federation(federation.id().toString(), link)) {
            call.answers(401, "unauthorized");
        }
    }

    @Test
    @Order(9)
    @TestSecurity(user = MIA)
    void theMemberEndsTheLinkAndIsNoLongerAnActiveMember() {
        given().header("If-Match", "\"4\"")
                .when()
                .post(mine() + "/" + link + "/end")
                .then()
                .statusCode(200)
                .body("status", equalTo("ENDED"))
                .body("endedSide", equalTo("MEMBER"));
        assertThat(members.isActiveMember(federation.id(), member.id())).isFalse();
        given().header("If-Match", "\"5\"")
                .when()
                .post(mine() + "/" + link + "/end")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/federation-link-status"));
    }
}
