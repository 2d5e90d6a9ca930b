package org.gouvernail.app.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.policy.UsageRuleBuilder.aRule;
import static org.gouvernail.domain.policy.VersionContentBuilder.aPolicyText;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.audit.port.in.AuditLog;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.CommitteeRole;
import org.gouvernail.domain.committee.DecisionOutcome;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.MeetingFrequency;
import org.gouvernail.domain.committee.QuorumRule;
import org.gouvernail.domain.committee.Votes;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance.DecisionDraft;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.policy.Activity;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.RuleSubject;
import org.gouvernail.domain.policy.UsageRule;
import org.gouvernail.domain.policy.port.in.UsagePolicies;
import org.gouvernail.domain.policy.port.in.UsagePolicies.NewPolicy;
import org.gouvernail.domain.policy.port.in.UsagePolicies.PolicyView;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.PageRequest;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Usage policies through HTTP, the path of the issue: a template becomes a draft, is edited,
 * submitted, published by a committee decision, acknowledged by members and answers policy
 * checks; then a second version supersedes it and shows what changed. The requests and answers
 * logged as WALKTHROUGH are those of docs/api.md.
 */
@QuarkusTest
class PolicyApiTest {

    private static final Logger LOG = Logger.getLogger(PolicyApiTest.class);
    /** JSON is UTF-8; without the charset REST Assured would send the accents of these French texts in ISO-8859-1. */
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private static Scene scene;
    private static Map<String, String> ids;

    @Inject
    World world;

    @Inject
    OrganisationManagement organisations;

    @Inject
    CommitteeGovernance governance;

    @Inject
    AuditLog audit;

    @Inject
    UsagePolicies policies;

    /** A fresh association per test, with a committee that may decide by written procedure: each test publishes its own policies. */
    @BeforeEach
    void setUp() {
        scene = world.scene();
        ids =
                organisations
                        .members(World.caller(World.ADMIN), scene.organisation(), PageRequest.first(50))
                        .items()
                        .stream()
                        .collect(Collectors.toMap(Membership::subject, m -> m.id().toString()));
        Charter charter = new Charter(
                "Veiller à un usage de l'IA conforme à nos valeurs",
                MeetingFrequency.QUARTERLY,
                true,
                QuorumRule.MAJORITY,
                3,
                5);
        List<CommitteeMember> seats = List.of(
                seat(World.ADMIN, CommitteeRole.CHAIR),
                seat(World.COMMITTEE, CommitteeRole.SECRETARY),
                seat(World.DATA_REFERENT, CommitteeRole.DATA_REFERENT));
        governance.configure(World.caller(World.ADMIN), scene.organisation(), 0, charter, seats);
    }

    private static CommitteeMember seat(String subject, CommitteeRole role) {
        return new CommitteeMember(
                new MemberId(java.util.UUID.fromString(ids.get(subject))), role, true, LocalDate.of(2026, 1, 1), null);
    }

    private static String base() {
        return "/api/v1/organisations/" + scene.org();
    }

    private static String tool() {
        return scene.tool().id().toString();
    }

    /** The rules the test works with: ChatGPT (a TEXT_GENERATION tool) up to internal data, writing, decisions about people. */
    private static String rules(String writingVerdict) {
        return "[{\"subject\":\"TOOL\",\"toolId\":\"" + tool()
                + "\",\"dataCeiling\":\"INTERNAL\",\"verdict\":\"ALLOWED_WITH_CONDITIONS\","
                + "\"conditions\":\"Compte professionnel, historique désactivé\",\"rationale\":\"Compte gratuit : conversations réutilisées\"},"
                + "{\"subject\":\"TOOL_CATEGORY\",\"category\":\"TEXT_GENERATION\",\"verdict\":\"FORBIDDEN\","
                + "\"rationale\":\"Pas de données de bénéficiaires dans un outil grand public\"},"
                + "{\"subject\":\"ACTIVITY\",\"activity\":\"WRITING\",\"dataCeiling\":\"INTERNAL\",\"verdict\":\""
                + writingVerdict + "\","
                + "\"conditions\":\"Relecture humaine avant publication\",\"rationale\":\"L'IA se trompe avec assurance\"},"
                + "{\"subject\":\"ACTIVITY\",\"activity\":\"DECISION_ABOUT_PEOPLE\",\"verdict\":\"FORBIDDEN\","
                + "\"rationale\":\"Aucune décision sur une personne n'est confiée à une IA\"}]";
    }

    private static ValidatableResponse publish(String versionId) {
        String body = "{\"subject\":\"POLICY_VERSION\",\"subjectId\":\"" + versionId
                + "\",\"outcome\":\"APPROVED\",\"votesFor\":3,"
                + "\"votesAgainst\":0,\"votesAbstain\":0,\"rationale\":\"Charte relue en comité\"}";
        ValidatableResponse decided = given().contentType("application/json")
                .header("Accept-Language", "en")
                .body(body)
                .when()
                .post(base() + "/decisions")
                .then();
        log("POST " + base() + "/decisions " + body, decided);
        return decided;
    }

    private static void log(String request, ValidatableResponse answer) {
        LOG.info("WALKTHROUGH request: " + request);
        LOG.info("WALKTHROUGH answer: " + answer.extract().statusCode() + " "
                + answer.extract().asString());
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aTemplateBecomesAPublishedAcknowledgedPolicyThatAnswersChecks() {
        String creation = "{\"fromTemplate\":\"small-local-association\",\"language\":\"fr\"}";
        ValidatableResponse created = given().contentType("application/json")
                .body(creation)
                .when()
                .post(base() + "/policies")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("template", equalTo("small-local-association"))
                .body("openVersion", equalTo(1))
                .body("inForce", nullValue())
                .body("versions[0].status", equalTo("DRAFT"))
                .body("versions[0].rules", greaterThan(5))
                .body("versions[0].language", equalTo("fr"));
        log("POST " + base() + "/policies " + creation, created);
        String policy = created.extract().path("id");
        String versions = base() + "/policies/" + policy + "/versions";
        given().when()
                .get(base() + "/policies")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(policy)))
                .body("items[0].template", equalTo("small-local-association"))
                .body("items[0].versions", nullValue());

        given().when()
                .get(versions + "/1")
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("summary", not(nullValue()))
                .body("body", containsString("#"));

        String edit =
                "{\"summary\":\"L'essentiel : pas de données de bénéficiaires dans les outils d'IA grand public.\","
                        + "\"body\":\"# Charte IA\\n\\nNous utilisons l'IA avec prudence. <script>alert(1)</script>\",\"rules\":"
                        + rules("ALLOWED_WITH_CONDITIONS") + "}";
        ValidatableResponse edited = given().contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(edit)
                .when()
                .patch(versions + "/1")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("rules", hasSize(4))
                .body("toolNames.find { it.id == '" + tool() + "' }.name", equalTo("ChatGPT"));
        log("PATCH " + versions + "/1 " + edit, edited);

        String contradiction =
                "{\"rules\":[{\"subject\":\"ACTIVITY\",\"activity\":\"TRANSLATION\",\"dataCeiling\":\"PUBLIC\",\"verdict\":\"FORBIDDEN\","
                        + "\"rationale\":\"a\"},{\"subject\":\"ACTIVITY\",\"activity\":\"TRANSLATION\",\"verdict\":\"ALLOWED\",\"rationale\":\"b\"}]}";
        ValidatableResponse refused = given().contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .header("Accept-Language", "en")
                .body(contradiction)
                .when()
                .patch(versions + "/1")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/contradictory-rules"))
                .body(
                        "detail",
                        containsString(
                                "Rules 1 (ACTIVITY TRANSLATION ≤ PUBLIC: FORBIDDEN) and 2 (ACTIVITY TRANSLATION ≤ BENEFICIARY_VULNERABLE: ALLOWED)"));
        log("PATCH " + versions + "/1 " + contradiction, refused);
        String tagged = given().when()
                .get(versions + "/1")
                .then()
                .statusCode(200)
                .header("ETag", startsWith("\"1-"))
                .body("rules", hasSize(4))
                .extract()
                .header("ETag");
        given().header("If-None-Match", tagged)
                .when()
                .get(versions + "/1")
                .then()
                .statusCode(304);
        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"name\":\"ChatGPT Team\"}")
                .when()
                .patch(base() + "/tools/" + tool())
                .then()
                .statusCode(200);
        given().header("If-None-Match", tagged)
                .when()
                .get(versions + "/1")
                .then()
                .statusCode(200)
                .body("toolNames.find { it.id == '" + tool() + "' }.name", equalTo("ChatGPT Team"));

        ValidatableResponse submitted = given().header("If-Match", "\"1\"")
                .when()
                .post(versions + "/1/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
        log("POST " + versions + "/1/submit", submitted);
        String versionOne = submitted.extract().path("id");
        given().when()
                .get(base() + "/committee")
                .then()
                .statusCode(200)
                .body("versionsAwaitingDecision.versionId", equalTo(List.of(versionOne)))
                .body("versionsAwaitingDecision[0].title", equalTo("Charte d'utilisation de l'IA"));

        String decision = publish(versionOne)
                .statusCode(201)
                .body("subject", equalTo("POLICY_VERSION"))
                .extract()
                .path("id");
        given().when()
                .get(versions + "/1")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedBy", equalTo(decision));
        given().when().get(base() + "/committee").then().statusCode(200).body("versionsAwaitingDecision", hasSize(0));

        given().when()
                .get(base() + "/policy-check?tool=" + tool() + "&activity=WRITING&dataCategory=INTERNAL")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("ALLOWED_WITH_CONDITIONS"));
        assertThat(
                        audit
                                .events(World.caller(World.ADMIN), scene.organisation(), PageRequest.first(200))
                                .items()
                                .stream()
                                .map(event -> event.action())
                                .toList())
                .contains(
                        "policy.created",
                        "policy-version.edited",
                        "policy-version.submitted",
                        "decision.recorded",
                        "policy-version.published");
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void membersAcknowledgeAndTheGovernorsSeeWhoHasNot() {
        String policy = publishedPolicy("Charte de la traduction", domainRules());
        String versions = base() + "/policies/" + policy + "/versions";
        given().when()
                .get(base() + "/policies/to-acknowledge")
                .then()
                .statusCode(200)
                .body("policyId", equalTo(List.of(policy)))
                .body("number", equalTo(List.of(1)))
                .body("summary", equalTo(List.of("En bref")));
        ValidatableResponse acknowledged = given().contentType("application/json")
                .body("{}")
                .when()
                .post(versions + "/1/acknowledgements")
                .then()
                .statusCode(201)
                .body("memberId", equalTo(ids.get(World.CONTRIBUTOR)))
                .body("name", equalTo(World.CONTRIBUTOR))
                .body("onBehalf", equalTo(false));
        log("POST " + versions + "/1/acknowledgements {}", acknowledged);
        given().contentType("application/json")
                .body("{}")
                .when()
                .post(versions + "/1/acknowledgements")
                .then()
                .statusCode(200);
        given().when()
                .get(base() + "/policies/to-acknowledge")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().when().get(versions + "/1/acknowledgements").then().statusCode(403);
        given().contentType("application/json")
                .body("{\"memberId\":\"" + ids.get(World.VIEWER) + "\"}")
                .when()
                .post(versions + "/1/acknowledgements")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void governorsRecordAReadingOnBehalfAndSeeTheCoverage() {
        String policy = publishedPolicy("Charte des réseaux sociaux", domainRules());
        String versions = base() + "/policies/" + policy + "/versions";
        given().contentType("application/json")
                .body("{}")
                .when()
                .post(versions + "/1/acknowledgements")
                .then()
                .statusCode(201);
        given().contentType("application/json")
                .body("{\"memberId\":\"" + ids.get(World.VIEWER) + "\"}")
                .when()
                .post(versions + "/1/acknowledgements")
                .then()
                .statusCode(201)
                .body("onBehalf", equalTo(true));
        ValidatableResponse coverage = given().when()
                .get(versions + "/1/acknowledgements")
                .then()
                .statusCode(200)
                .body("activeMembers", equalTo(5))
                .body("acknowledgedCount", equalTo(2))
                .body("coverage", equalTo(0.4f))
                .body("acknowledged.memberId", hasItems(ids.get(World.ADMIN), ids.get(World.VIEWER)))
                .body(
                        "pending.memberId",
                        hasItems(ids.get(World.COMMITTEE), ids.get(World.DATA_REFERENT), ids.get(World.CONTRIBUTOR)));
        log("GET " + versions + "/1/acknowledgements", coverage);
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void thePolicyCheckAppliesThePrecedence() {
        publishedPolicy("Charte IA (contrôle)", domainRules());
        String check = base() + "/policy-check";
        ValidatableResponse writing = given().header("Accept-Language", "fr")
                .when()
                .get(check + "?tool=" + tool() + "&activity=WRITING&dataCategory=INTERNAL")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("ALLOWED_WITH_CONDITIONS"))
                .body("basis", equalTo("RULE"))
                .body("decidedBy.rule.subject", equalTo("TOOL"))
                .body("applied", hasSize(2))
                .body(
                        "conditions",
                        equalTo(List.of(
                                "Compte professionnel, historique désactivé", "Relecture humaine avant publication")))
                .body("tool.status", equalTo("DECLARED"))
                .body("decidedBy.policyTitle", equalTo("Charte IA (contrôle)"));
        log("GET " + check + "?tool=" + tool() + "&activity=WRITING&dataCategory=INTERNAL", writing);
        ValidatableResponse personal = given().header("Accept-Language", "fr")
                .when()
                .get(check + "?tool=" + tool() + "&activity=WRITING&dataCategory=PERSONAL")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("FORBIDDEN"))
                .body("decidedBy.rule.subject", equalTo("TOOL_CATEGORY"))
                .body("explanation", containsString("Interdit"));
        log("GET " + check + "?tool=" + tool() + "&activity=WRITING&dataCategory=PERSONAL", personal);
        given().when()
                .get(check + "?category=CHATBOT&activity=DECISION_ABOUT_PEOPLE&dataCategory=PUBLIC")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("FORBIDDEN"))
                .body("decidedBy.rule.activity", equalTo("DECISION_ABOUT_PEOPLE"));
        given().when()
                .get(check + "?category=CHATBOT&activity=TRANSCRIPTION&dataCategory=PUBLIC")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("NEEDS_APPROVAL"))
                .body("basis", equalTo("NO_RULE"))
                .body("decidedBy", nullValue());
        given().header("Accept-Language", "en")
                .when()
                .get(check + "?tool=" + tool() + "&category=CHATBOT&dataCategory=PUBLIC")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().header("Accept-Language", "en")
                .when()
                .get(check + "?activity=WRITING")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().when()
                .get(check + "?activity=DREAMING&dataCategory=PUBLIC")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aSecondVersionSupersedesTheFirstAndShowsWhatChanged() {
        String policy = publishedPolicy("Charte IA v2", domainRules());
        String versions = base() + "/policies/" + policy + "/versions";
        ValidatableResponse drafted = given().when()
                .post(versions)
                .then()
                .statusCode(201)
                .header("Location", containsString("/versions/2"))
                .body("number", equalTo(2))
                .body("basedOn", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("rules", hasSize(4));
        log("POST " + versions, drafted);
        given().when()
                .post(versions)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/policy-draft-exists"));
        String rules = rules("NEEDS_APPROVAL")
                .replace(
                        "]",
                        ",{\"subject\":\"ACTIVITY\",\"activity\":\"TRANSLATION\",\"dataCeiling\":\"PUBLIC\","
                                + "\"verdict\":\"ALLOWED\",\"rationale\":\"Textes publics seulement\"}]");
        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body("{\"rules\":" + rules + "}")
                .when()
                .patch(versions + "/2")
                .then()
                .statusCode(200);
        ValidatableResponse changes = given().when()
                .get(versions + "/2/changes?from=1")
                .then()
                .statusCode(200)
                .body("from", equalTo(1))
                .body("to", equalTo(2))
                .body("added", hasSize(1))
                .body("added[0].activity", equalTo("TRANSLATION"))
                .body("removed", hasSize(0))
                .body("verdictChanged", hasSize(1))
                .body("verdictChanged[0].before.verdict", equalTo("ALLOWED_WITH_CONDITIONS"))
                .body("verdictChanged[0].after.verdict", equalTo("NEEDS_APPROVAL"))
                .body("bodyChanged", equalTo(false));
        log("GET " + versions + "/2/changes?from=1", changes);
        String versionTwo = given().header("If-Match", "\"1\"")
                .when()
                .post(versions + "/2/submit")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        publish(versionTwo).statusCode(201);
        given().when()
                .get(base() + "/policies/" + policy)
                .then()
                .statusCode(200)
                .body("inForce", equalTo(2))
                .body("openVersion", nullValue())
                .body("versions.status", equalTo(List.of("PUBLISHED", "SUPERSEDED")));
        given().contentType("application/json")
                .body("{}")
                .when()
                .post(versions + "/1/acknowledgements")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/version-not-published"));
        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"3\"")
                .body("{\"summary\":\"x\"}")
                .when()
                .patch(versions + "/2")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/version-not-draft"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aVersionThatContradictsAnotherPolicyInForceIsNotPublished() {
        publishedPolicy("Charte principale", domainRules());
        String other =
                "[{\"subject\":\"ACTIVITY\",\"activity\":\"DECISION_ABOUT_PEOPLE\",\"verdict\":\"ALLOWED_WITH_CONDITIONS\","
                        + "\"conditions\":\"Validation par la direction\",\"rationale\":\"Tri des candidatures\"}]";
        String policy = submittedPolicy("Charte RH", other);
        String versionId = given().when()
                .get(base() + "/policies/" + policy + "/versions/1")
                .then()
                .extract()
                .path("id");
        publish(versionId)
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/contradicts-published-policy"))
                .body("detail", containsString("Charte principale"));
        given().when()
                .get(base() + "/policies/" + policy + "/versions/1")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aMeetingPutsTheVersionOnItsAgendaAndPublishesIt() {
        String policy = submittedPolicy("Charte de la permanence sociale", rules("ALLOWED_WITH_CONDITIONS"));
        String versionId = given().when()
                .get(base() + "/policies/" + policy + "/versions/1")
                .then()
                .extract()
                .path("id");
        String meeting =
                "{\"date\":\"2026-12-03\",\"agenda\":[{\"title\":\"Charte de la permanence sociale\",\"policyVersionId\":\""
                        + versionId + "\"}],\"attendees\":[\"" + ids.get(World.ADMIN) + "\",\""
                        + ids.get(World.COMMITTEE) + "\"]}";
        String meetingId = given().contentType("application/json")
                .body(meeting)
                .when()
                .post(base() + "/meetings")
                .then()
                .statusCode(201)
                .body("agenda[0].policyVersionId", equalTo(versionId))
                .extract()
                .path("id");
        given().contentType("application/json")
                .body("{\"subject\":\"POLICY_VERSION\",\"subjectId\":\"" + versionId + "\",\"outcome\":\"APPROVED\","
                        + "\"votesFor\":2,\"votesAgainst\":0,\"votesAbstain\":0}")
                .when()
                .post(base() + "/meetings/" + meetingId + "/decisions")
                .then()
                .statusCode(201);
        given().when()
                .get(base() + "/policies/" + policy)
                .then()
                .statusCode(200)
                .body("inForce", equalTo(1));
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aForbiddenToolIsForbiddenWhateverTheRulesSay() {
        String forbidden = given().contentType("application/json")
                .body(
                        "{\"name\":\"Chatbot X\",\"category\":\"CHATBOT\",\"accountType\":\"PERSONAL_FREE\",\"hostingRegion\":\"UNKNOWN\","
                                + "\"dataCategories\":[\"PUBLIC\"]}")
                .when()
                .post(base() + "/tools")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType("application/json")
                .body("{\"subject\":\"TOOL\",\"subjectId\":\"" + forbidden + "\",\"outcome\":\"REJECTED\","
                        + "\"toolStatus\":\"FORBIDDEN\",\"votesFor\":0,\"votesAgainst\":3,\"votesAbstain\":0}")
                .when()
                .post(base() + "/decisions")
                .then()
                .statusCode(201);
        publishedPolicy(
                "Charte permissive",
                List.of(aRule().about(RuleSubject.tool(java.util.UUID.fromString(forbidden)))
                        .allowed()
                        .because("Outil libre")
                        .build()));
        given().when()
                .get(base() + "/policy-check?tool=" + forbidden + "&dataCategory=PUBLIC")
                .then()
                .statusCode(200)
                .body("verdict", equalTo("FORBIDDEN"))
                .body("basis", equalTo("TOOL_STATUS"))
                .body("decidedBy", nullValue())
                .body("applied[0].rule.verdict", equalTo("ALLOWED"));
        String etag = given().when()
                .get(base() + "/tools/" + forbidden)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().header("If-Match", etag)
                .header("Accept-Language", "en")
                .when()
                .delete(base() + "/tools/" + forbidden)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/tool-named-by-policy"))
                .body("detail", containsString("1 policy version"));
        given().when()
                .get(base() + "/policy-check?tool=" + forbidden + "&dataCategory=PUBLIC")
                .then()
                .statusCode(200);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void thePrintableDocumentIsInTheVersionsLanguageAndEscapesTheText() {
        String policy = submittedPolicy("AI policy <b>bold</b>", rules("ALLOWED_WITH_CONDITIONS"));
        String versions = base() + "/policies/" + policy + "/versions";
        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .when()
                .post(versions + "/1/return-to-draft")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"2\"")
                .body(
                        "{\"language\":\"en\",\"body\":\"# AI policy\\n\\nWe use AI with care. <script>alert(1)</script>\\n\\n[x](javascript:alert(1))\"}")
                .when()
                .patch(versions + "/1")
                .then()
                .statusCode(200);
        String html = given().when()
                .get(versions + "/1/document?format=html")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
        assertThat(html)
                .contains(
                        "<html lang=\"en\">",
                        "<h1>AI policy &lt;b&gt;bold&lt;/b&gt;</h1>",
                        "<h2>AI policy</h2>",
                        "Usage rules",
                        "Tool &quot;ChatGPT&quot;",
                        "Allowed with conditions",
                        "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>", "javascript:");
        String markdown = given().when()
                .get(versions + "/1/document?format=markdown")
                .then()
                .statusCode(200)
                .contentType(containsString("text/markdown"))
                .extract()
                .asString();
        assertThat(markdown)
                .startsWith("# AI policy \\<b\\>bold\\</b\\>")
                .contains(
                        "\n## AI policy\n",
                        "| For | Data up to | Verdict | Conditions | Why |",
                        "| Activity: Decision about a person | data about vulnerable beneficiaries (all data) | Forbidden |");
        given().header("Accept-Language", "en")
                .when()
                .get(versions + "/1/document?format=pdf")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void hostileTextsAreShownNeverObeyedInBothFormatsOfTheDocument() {
        Map<String, Object> rule = Map.of(
                "subject", "ACTIVITY",
                "activity", "WRITING",
                "dataCeiling", "INTERNAL",
                "verdict", "ALLOWED_WITH_CONDITIONS",
                "conditions", "<script>alert(2)</script> relecture",
                "rationale", "[voir](javascript:alert(3)) <img src=x onerror=alert(4)>");
        Map<String, Object> draft = Map.of(
                "title", "Charte <img src=x onerror=alert(1)>",
                "language", "fr",
                "summary", "En bref <script>alert(5)</script>",
                "body",
                        "# Charte\n\n<script>alert(6)</script>\n\nTexte <img src=x onerror=alert(7)>.\n\n"
                                + "[clic](javascript:alert(8)) [page](data:text/html;base64,PHNjcmlwdD4=) "
                                + "![img](javascript:alert(9)) [site](https://example.org)",
                "rules", List.of(rule));
        String policy = given().contentType("application/json")
                .body(draft)
                .when()
                .post(base() + "/policies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String document = base() + "/policies/" + policy + "/versions/1/document";

        ValidatableResponse html = given().when()
                .get(document + "?format=html")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", startsWith("default-src 'none'; style-src 'sha256-"))
                .header("Content-Security-Policy", containsString("base-uri 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe")));
        assertThat(html.extract().asString())
                .doesNotContain(
                        "<script",
                        "<img src=x",
                        "<img src=\"x\"",
                        "href=\"javascript",
                        "href=\"data:",
                        "src=\"javascript")
                .contains(
                        "<h1>Charte &lt;img src=x onerror=alert(1)&gt;</h1>",
                        "&lt;script&gt;alert(2)&lt;/script&gt; relecture",
                        "[voir](javascript:alert(3)) &lt;img src=x onerror=alert(4)&gt;",
                        "&lt;script&gt;alert(5)&lt;/script&gt;",
                        "&lt;script&gt;alert(6)&lt;/script&gt;",
                        "href=\"https://example.org\">site</a>");

        String markdown = given().when()
                .get(document + "?format=markdown")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .extract()
                .asString();
        assertThat(markdown)
                .doesNotContainPattern("(?<!\\\\)</?\\w")
                // a link: a "]" that no backslash escapes, then "(" (the reason's escaped \[voir\](javascript:…) is
                // text)
                .doesNotContainPattern("(?<!\\\\)\\]\\((javascript|data):")
                .startsWith("# Charte \\<img src=x onerror=alert(1)\\>")
                .contains(
                        "\\<script\\>alert(2)\\</script\\> relecture",
                        "\\[voir\\](javascript:alert(3)) \\<img src=x onerror=alert(4)\\>",
                        "\\<script\\>alert(6)\\</script\\>",
                        "clic",
                        "[site](https://example.org)");
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void theTemplatesAreReferenceDataInBothLanguages() {
        given().when()
                .get("/api/v1/reference/policy-templates")
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of("small-local-association", "mid-size-association", "international-ngo")))
                .body("name.fr", hasSize(3))
                .body("name.en", hasSize(3));
        given().when()
                .get("/api/v1/reference/policy-templates/international-ngo?language=en")
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .body("rules.size()", greaterThan(5));
        given().header("Accept-Language", "fr")
                .when()
                .get("/api/v1/reference/policy-templates/mid-size-association")
                .then()
                .statusCode(200)
                .body("language", equalTo("fr"));
        given().when().get("/api/v1/reference/policy-templates/nope").then().statusCode(404);
    }

    /** A policy whose version 1 holds these rules (JSON), submitted to the committee by the caller (a reviewer); returns its id. */
    private static String submittedPolicy(String title, String rules) {
        String body = "{\"title\":\"" + title.replace("\"", "\\\"") + "\",\"language\":\"fr\",\"body\":\"# " + title
                + "\"," + "\"summary\":\"En bref\",\"rules\":" + rules + "}";
        String policy = given().contentType("application/json")
                .body(body)
                .when()
                .post(base() + "/policies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("If-Match", "\"0\"")
                .when()
                .post(base() + "/policies/" + policy + "/versions/1/submit")
                .then()
                .statusCode(200);
        return policy;
    }

    /**
     * A policy whose version 1 holds the test's rules, set up by ada through the in-ports (the test's own caller may be a mere
     * member) and published by a written-procedure decision; returns its id.
     */
    private String publishedPolicy(String title, List<UsageRule> rules) {
        Caller ada = World.caller(World.ADMIN);
        PolicyView view = policies.create(
                ada,
                scene.organisation(),
                new NewPolicy(
                        title,
                        null,
                        null,
                        "fr",
                        aPolicyText()
                                .withBody("# " + title)
                                .withSummary("En bref")
                                .reviewedOn(null)
                                .withRules(rules)
                                .build()));
        PolicyVersion version = policies.submitForReview(
                        ada, scene.organisation(), view.policy().id(), 1, 0)
                .version();
        governance.decide(
                ada,
                scene.organisation(),
                null,
                new DecisionDraft(
                        DecisionSubject.POLICY_VERSION,
                        version.id().value(),
                        null,
                        DecisionOutcome.APPROVED,
                        null,
                        null,
                        null,
                        new Votes(3, 0, 0),
                        null,
                        null));
        return view.policy().id().toString();
    }

    /** The rules of {@link #rules(String)}, as the domain holds them. */
    private static List<UsageRule> domainRules() {
        return List.of(
                aRule().about(RuleSubject.tool(scene.tool().id().value()))
                        .upTo(DataCategory.INTERNAL)
                        .allowedIf("Compte professionnel, historique désactivé")
                        .because("Compte gratuit : conversations réutilisées")
                        .build(),
                aRule().about(RuleSubject.category(ToolCategory.TEXT_GENERATION))
                        .forbidden()
                        .because("Pas de données de bénéficiaires dans un outil grand public")
                        .build(),
                aRule().about(RuleSubject.activity(Activity.WRITING))
                        .upTo(DataCategory.INTERNAL)
                        .allowedIf("Relecture humaine avant publication")
                        .because("L'IA se trompe avec assurance")
                        .build(),
                aRule().about(RuleSubject.activity(Activity.DECISION_ABOUT_PEOPLE))
                        .forbidden()
                        .because("Aucune décision sur une personne n'est confiée à une IA")
                        .build());
    }
}
