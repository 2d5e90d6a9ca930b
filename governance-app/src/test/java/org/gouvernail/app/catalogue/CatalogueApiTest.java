package org.gouvernail.app.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.app.federation.FederationScene;
import org.gouvernail.app.support.Call;
import org.gouvernail.app.support.IsolationCalls;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.CommitteeRole;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.federation.FederationLink;
import org.gouvernail.domain.federation.port.in.FederationGovernance;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The shared tool catalogue end to end (ADR 0028): the federation's ADMIN writes, publishes and
 * deprecates entries (If-Match); the members of an ACTIVE member association read the published ones
 * and adopt one; data above the entry's ceiling stops an approval at the member's committee (409)
 * while RESTRICTED passes; a re-assessment upstream puts a review in the member's to-do list until it
 * is reviewed. A stranger, another federation's member and no token are refused (404, 404, 401); a
 * member without the role gets 403.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogueApiTest {

    static final String FAY = "fay-cat-fed-admin";
    static final String ANA = "ana-cat-fed-analyst";
    static final String MIA = "mia-cat-member-admin";
    static final String CID = "cid-cat-member-committee";
    static final String COL = "col-cat-member-committee";
    static final String VIC = "vic-cat-member-viewer";
    static final String RAE = "rae-cat-member-data-referent";
    static final String MAX = "max-cat-stranger";
    static final String GUS = "gus-cat-other-federation";
    static final String GIL = "gil-cat-other-federations-member";

    private static Organisation federation;
    private static Organisation member;
    private static Organisation stranger;
    private static Organisation otherFederation;
    private static Organisation otherMember;
    private static String published;
    private static String draft;
    private static String deprecated;
    private static String tool;
    private static String decisions;
    private static String sensitiveTool;
    private static String ownAssessment;

    @Inject
    FederationScene scene;

    @Inject
    FederationGovernance federations;

    @Inject
    CommitteeGovernance committees;

    @Inject
    Memberships memberships;

    @BeforeEach
    void setUp() {
        if (federation != null) {
            return;
        }
        federation = scene.organisation(OrganisationKind.FEDERATION, FAY, 3);
        scene.member(federation, FAY, ANA, Role.ANALYST);
        member = scene.organisation(OrganisationKind.ASSOCIATION, MIA, 12);
        scene.member(member, MIA, CID, Role.COMMITTEE);
        scene.member(member, MIA, COL, Role.COMMITTEE);
        scene.member(member, MIA, VIC, Role.VIEWER);
        scene.member(member, MIA, RAE, Role.DATA_REFERENT);
        stranger = scene.organisation(OrganisationKind.ASSOCIATION, MAX, 2);
        otherFederation = scene.organisation(OrganisationKind.FEDERATION, GUS, 1);
        otherMember = scene.organisation(OrganisationKind.ASSOCIATION, GIL, 4);
        link(federation, FAY, member, MIA);
        link(otherFederation, GUS, otherMember, GIL);
    }

    private void link(Organisation fed, String fedAdmin, Organisation association, String memberAdmin) {
        FederationLink invited = federations.invite(
                World.caller(fedAdmin), fed.id(), association.profile().slug(), null, null);
        federations.accept(World.caller(memberAdmin), association.id(), invited.id(), invited.version(), null, null);
    }

    private static String catalogue() {
        return "/api/v1/federations/" + federation.id() + "/catalogue";
    }

    private static String tools() {
        return "/api/v1/organisations/" + member.id() + "/tools";
    }

    private static String create() {
        return given().contentType("application/json")
                .body(IsolationCalls.CATALOGUE_ENTRY)
                .when()
                .post(catalogue())
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("revision", equalTo(0))
                .extract()
                .path("id");
    }

    private static void post(String path, String etag, int status) {
        given().header("If-Match", etag).when().post(path).then().statusCode(status);
    }

    @Test
    @Order(1)
    @TestSecurity(user = FAY)
    void theFederationAdminWritesPublishesAndDeprecatesEntriesWithIfMatch() {
        published = create();
        String one = catalogue() + "/" + published;
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"rationale\":\"Hébergé dans l'UE, DPA signé\"}")
                .when()
                .patch(one)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"7\"")
                .body("{\"rationale\":\"Hébergé dans l'UE, DPA signé\"}")
                .when()
                .patch(one)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"0\"")
                .body(
                        "{\"conditions\":\"x\",\"recommendation\":\"ALLOWED_WITH_CONDITIONS\",\"agreementUrl\":\"ftp://x\"}")
                .when()
                .patch(one)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"0\"")
                .body("{\"rationale\":\"Hébergé dans l'UE, DPA signé\"}")
                .when()
                .patch(one)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("content.rationale", equalTo("Hébergé dans l'UE, DPA signé"))
                .body("content.plan", equalTo("Team"))
                .body("revision", equalTo(0));
        given().header("If-Match", "\"1\"")
                .when()
                .post(one + "/publish")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("PUBLISHED"))
                .body("revision", equalTo(1));
        given().header("If-Match", "\"2\"")
                .when()
                .post(one + "/publish")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/catalogue-entry-transition"));

        draft = create();
        deprecated = create();
        post(catalogue() + "/" + deprecated + "/publish", "\"0\"", 200);
        given().header("If-Match", "\"1\"")
                .when()
                .post(catalogue() + "/" + deprecated + "/deprecate")
                .then()
                .statusCode(200)
                .body("status", equalTo("DEPRECATED"))
                .body("revision", equalTo(2));
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"2\"")
                .body("{\"rationale\":\"Trop tard\"}")
                .when()
                .patch(catalogue() + "/" + deprecated)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/catalogue-entry-transition"));

        given().when().get(catalogue()).then().statusCode(200).body("items", hasSize(3));
        given().when().get(catalogue() + "/" + draft).then().statusCode(200).header("ETag", "\"0\"");
        List<String> actions = given().when()
                .get("/api/v1/organisations/" + federation.id() + "/audit-events?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(actions)
                .contains(
                        "catalogue.entry-created",
                        "catalogue.entry-revised",
                        "catalogue.entry-published",
                        "catalogue.entry-deprecated");
    }

    @Test
    @Order(2)
    @TestSecurity(user = VIC)
    void aMemberReadsThePublishedEntriesOnly() {
        given().when()
                .get(catalogue())
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(published))
                .body("items[0].content.dataCeiling", equalTo("INTERNAL"));
        given().when().get(catalogue() + "/" + published).then().statusCode(200);
        new Call("GET", catalogue() + "/" + draft, null).answers(404, "not-found");
        new Call("GET", catalogue() + "/" + deprecated, null).answers(404, "not-found");
        // a member association's people are not the federation's: writing is not theirs to see
        new Call("POST", catalogue(), IsolationCalls.CATALOGUE_ENTRY).answers(404, "not-found");
        new Call("GET", catalogue() + "/adoption-counts", null).answers(404, "not-found");
        // a viewer may not declare a tool, so may not adopt one either
        new Call("POST", tools() + "/adopt", adoption(published, "INTERNAL")).answers(403, "forbidden");
    }

    @Test
    @Order(3)
    @TestSecurity(user = ANA)
    void aFederationMemberWithoutTheAdminRoleReadsButWritesNothing() {
        given().when().get(catalogue()).then().statusCode(200).body("items", hasSize(1));
        new Call("POST", catalogue(), IsolationCalls.CATALOGUE_ENTRY).answers(403, "forbidden");
        new Call("PATCH", catalogue() + "/" + draft, "{\"rationale\":\"Revu\"}").answers(403, "forbidden");
        new Call("POST", catalogue() + "/" + draft + "/publish", null).answers(403, "forbidden");
        new Call("POST", catalogue() + "/" + published + "/deprecate", null).answers(403, "forbidden");
        new Call("GET", catalogue() + "/adoption-counts", null).answers(403, "forbidden");
    }

    private static String adoption(String entry, String... categories) {
        return "{\"entryId\":\"" + entry + "\",\"dataCategories\":[\"" + String.join("\",\"", categories)
                + "\"],\"teams\":[\"Accueil\"],\"estimatedUsers\":4}";
    }

    @Test
    @Order(4)
    @TestSecurity(user = MIA)
    void theMemberAdoptsWithPersonalDataAboveTheCeilingAndGetsABlockingFinding() {
        new Call("POST", tools() + "/adopt", adoption(draft, "INTERNAL")).answers(404, "not-found");
        new Call("POST", tools() + "/adopt", adoption(UUID.randomUUID().toString(), "INTERNAL"))
                .answers(404, "not-found");
        new Call("POST", tools() + "/adopt", adoption(deprecated, "INTERNAL"))
                .answers(409, "catalogue-entry-not-adoptable");
        tool = given().contentType("application/json")
                .body(adoption(published, "INTERNAL", "PERSONAL"))
                .when()
                .post(tools() + "/adopt")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", org.hamcrest.Matchers.containsString(tools() + "/"))
                .body("toolStatus", equalTo("DECLARED"))
                .body("toolName", equalTo("Le Chat"))
                .body("entryId", equalTo(published))
                .body("revisionSeen", equalTo(1))
                .body("entryRevision", equalTo(1))
                .body("blocksApproval", equalTo(true))
                .body("findings", hasSize(1))
                .body("findings[0].code", equalTo("DATA_ABOVE_CEILING"))
                .body("findings[0].blocking", equalTo(true))
                .body("findings[0].declared", equalTo("PERSONAL"))
                .body("findings[0].ceiling", equalTo("INTERNAL"))
                .extract()
                .path("toolId");
        given().when()
                .get(tools() + "/" + tool + "/adoption")
                .then()
                .statusCode(200)
                .body("reviewDue", equalTo(false))
                .body("entryRevision", equalTo(1))
                .body("entry.content.name", equalTo("Le Chat"));
        given().when()
                .get(tools() + "/" + tool)
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLARED"))
                .body("vendor", equalTo("Mistral AI"))
                .body("category", equalTo("TEXT_GENERATION"))
                .body("dataCategories", hasItem("PERSONAL"))
                .body("teams", hasItem("Accueil"));
        List<String> actions = given().when()
                .get("/api/v1/organisations/" + member.id() + "/audit-events?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(actions).contains("tool.declared", "catalogue.tool-adopted");
    }

    @Test
    @Order(5)
    @TestSecurity(user = MIA)
    void anApprovalIsRefusedWhileTheDataIsAboveTheCeilingAndARestrictionPasses() {
        MemberId mia = memberships.findActive(member.id(), MIA).orElseThrow().id();
        MemberId cid = memberships.findActive(member.id(), CID).orElseThrow().id();
        MemberId col = memberships.findActive(member.id(), COL).orElseThrow().id();
        committees.configure(
                World.caller(MIA),
                member.id(),
                0,
                Charter.standard(),
                List.of(
                        new CommitteeMember(mia, CommitteeRole.CHAIR, true, null, null),
                        new CommitteeMember(cid, CommitteeRole.SECRETARY, true, null, null),
                        new CommitteeMember(col, CommitteeRole.MEMBER, true, null, null)));
        String meeting = committees
                .schedule(World.caller(MIA), member.id(), LocalDate.now(), List.of(), Set.of(mia, cid), null)
                .meeting()
                .id()
                .toString();
        decisions = "/api/v1/organisations/" + member.id() + "/meetings/" + meeting + "/decisions";
        given().contentType("application/json")
                .header("Accept-Language", "fr")
                .body("{\"subject\":\"TOOL\",\"subjectId\":\"" + tool + "\",\"outcome\":\"APPROVED\","
                        + "\"toolStatus\":\"APPROVED\",\"votesFor\":2,\"votesAgainst\":0,\"votesAbstain\":0}")
                .when()
                .post(decisions)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/catalogue-adoption-blocked"))
                .body("title", org.hamcrest.Matchers.startsWith("Approbation bloquée"));
        given().when().get(tools() + "/" + tool).then().statusCode(200).body("status", equalTo("DECLARED"));
        given().contentType("application/json")
                .body("{\"subject\":\"TOOL\",\"subjectId\":\"" + tool + "\",\"outcome\":\"APPROVED_WITH_CONDITIONS\","
                        + "\"toolStatus\":\"RESTRICTED\",\"conditions\":\"Données internes seulement\","
                        + "\"votesFor\":2,\"votesAgainst\":0,\"votesAbstain\":0}")
                .when()
                .post(decisions)
                .then()
                .statusCode(201);
        given().when().get(tools() + "/" + tool).then().statusCode(200).body("status", equalTo("RESTRICTED"));
    }

    @Test
    @Order(6)
    @TestSecurity(user = FAY)
    void theFederationReassessesTheEntry() {
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", "\"2\"")
                .body("{\"dataCeiling\":\"PERSONAL\",\"reviewedOn\":\"2026-11-20\"}")
                .when()
                .patch(catalogue() + "/" + published)
                .then()
                .statusCode(200)
                .body("revision", equalTo(2));
        given().when()
                .get(catalogue() + "/adoption-counts")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].entryId", equalTo(published))
                .body("[0].suppressed", equalTo(true))
                .body("[0].adopters", nullValue());
    }

    @Test
    @Order(7)
    @TestSecurity(user = MIA)
    void theAdopterSeesAReviewDueUntilItReviewsAgainstTheNewContent() {
        String todo = "/api/v1/organisations/" + member.id() + "/todo";
        given().when()
                .get(todo)
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("catalogue-adoption.review"))
                .body("items.find { it.kind == 'catalogue-adoption.review' }.subjectId", equalTo(tool));
        String adoption = tools() + "/" + tool + "/adoption";
        given().when()
                .get(adoption)
                .then()
                .statusCode(200)
                .body("reviewDue", equalTo(true))
                .body("revisionSeen", equalTo(1))
                .body("entryRevision", equalTo(2));
        given().header("If-Match", "\"3\"")
                .when()
                .post(adoption + "/review")
                .then()
                .statusCode(412);
        given().when().post(adoption + "/review").then().statusCode(428);
        given().header("If-Match", "\"0\"")
                .when()
                .post(adoption + "/review")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("reviewDue", equalTo(false))
                .body("revisionSeen", equalTo(2))
                .body("findings", hasSize(0))
                .body("blocksApproval", equalTo(false));
        given().when().get(todo).then().statusCode(200).body("items.kind", not(hasItem("catalogue-adoption.review")));
    }

    @Test
    @Order(8)
    @TestSecurity(user = VIC)
    void aViewerReadsTheAdoptionButDoesNotReviewIt() {
        for (Call call : IsolationCalls.catalogueAdoption(member.id().toString(), published, tool)) {
            if (call.reads()) {
                given().when().get(call.path()).then().statusCode(200);
            } else {
                call.answers(403, "forbidden");
            }
        }
    }

    @Test
    @Order(9)
    @TestSecurity(user = MAX)
    void aStrangerGets404Everywhere() {
        for (Call call : IsolationCalls.catalogue(federation.id().toString(), published)) {
            call.answers(404, "not-found");
        }
        for (Call call : IsolationCalls.catalogueAdoption(member.id().toString(), published, tool)) {
            call.answers(404, "not-found");
        }
        // through its own organisation: the entry of a federation it is no member of does not exist
        new Call("POST", "/api/v1/organisations/" + stranger.id() + "/tools/adopt", adoption(published, "INTERNAL"))
                .answers(404, "not-found");
        // an association is not a federation
        for (Call call : IsolationCalls.catalogue(stranger.id().toString(), published)) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @Order(10)
    @TestSecurity(user = GIL)
    void anotherFederationsMemberGets404() {
        for (Call call : IsolationCalls.catalogue(federation.id().toString(), published)) {
            call.answers(404, "not-found");
        }
        new Call("POST", "/api/v1/organisations/" + otherMember.id() + "/tools/adopt", adoption(published, "INTERNAL"))
                .answers(404, "not-found");
        // its own federation's catalogue, empty, holds none of these entries
        given().when()
                .get("/api/v1/federations/" + otherFederation.id() + "/catalogue")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        new Call("GET", "/api/v1/federations/" + otherFederation.id() + "/catalogue/" + published, null)
                .answers(404, "not-found");
    }

    @Test
    @Order(11)
    @TestSecurity(user = GUS)
    void anotherFederationsAdminGets404() {
        for (Call call : IsolationCalls.catalogue(federation.id().toString(), published)) {
            call.answers(404, "not-found");
        }
        for (Call call : IsolationCalls.catalogueAdoption(member.id().toString(), published, tool)) {
            call.answers(404, "not-found");
        }
    }

    @Test
    @Order(12)
    void noTokenGets401() {
        for (Call call : IsolationCalls.catalogue(federation.id().toString(), published)) {
            call.answers(401, "unauthorized");
        }
        for (Call call : IsolationCalls.catalogueAdoption(member.id().toString(), published, tool)) {
            call.answers(401, "unauthorized");
        }
    }

    private static String decision(String toolId, String outcome, String status) {
        return "{\"subject\":\"TOOL\",\"subjectId\":\"" + toolId + "\",\"outcome\":\"" + outcome
                + "\",\"toolStatus\":\"" + status + "\",\"votesFor\":2,\"votesAgainst\":0,\"votesAbstain\":0}";
    }

    @Test
    @Order(13)
    @TestSecurity(user = MIA)
    void anotherAdoptionAboveTheNewCeilingIsBlockedUntilItsOwnAssessmentIsValidated() {
        sensitiveTool = given().contentType("application/json")
                .body(adoption(published, "SENSITIVE"))
                .when()
                .post(tools() + "/adopt")
                .then()
                .statusCode(201)
                .body("revisionSeen", equalTo(2))
                .body("findings[0].code", equalTo("DATA_ABOVE_CEILING"))
                .body("findings[0].ceiling", equalTo("PERSONAL"))
                .extract()
                .path("toolId");
        given().contentType("application/json")
                .body(decision(sensitiveTool, "APPROVED", "APPROVED"))
                .when()
                .post(decisions)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/catalogue-adoption-blocked"));
        ownAssessment = given().contentType("application/json")
                .body(org.gouvernail.app.support.ChecklistBodies.allYes())
                .when()
                .post(tools() + "/" + sensitiveTool + "/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("If-Match", "\"0\"")
                .when()
                .post("/api/v1/organisations/" + member.id() + "/assessments/" + ownAssessment + "/submit")
                .then()
                .statusCode(200);
    }

    @Test
    @Order(14)
    @TestSecurity(user = RAE)
    void theDataReferentValidatesTheOrganisationsOwnAssessment() {
        given().header("If-Match", "\"1\"")
                .when()
                .post("/api/v1/organisations/" + member.id() + "/assessments/" + ownAssessment + "/validate")
                .then()
                .statusCode(200)
                .body("status", equalTo("VALIDATED"));
    }

    @Test
    @Order(15)
    @TestSecurity(user = MIA)
    void withItsOwnAssessmentValidatedAfterTheAdoptionTheToolIsApproved() {
        given().contentType("application/json")
                .body(decision(sensitiveTool, "APPROVED", "APPROVED"))
                .when()
                .post(decisions)
                .then()
                .statusCode(201);
        given().when().get(tools() + "/" + sensitiveTool).then().statusCode(200).body("status", equalTo("APPROVED"));
    }
}
