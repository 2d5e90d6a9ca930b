package org.gouvernail.app.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.feedback.DisclosureOutcome;
import org.gouvernail.domain.feedback.DisclosureRequest;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.port.in.FeedbackBox;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Identity disclosure of a CONFIDENTIAL item: a governor who is not a handler reads the item
 * without its author, asks with a reason, and sees the author only once a custodian GRANTED the
 * request; a refused request leaves the author hidden; the audit trail never names the author.
 */
@QuarkusTest
class FeedbackDisclosureApiTest {

    private static Scene scene;

    @Inject
    World world;

    @Inject
    FeedbackBox box;

    @Inject
    EntityManager entityManager;

    @Inject
    Memberships memberships;

    private MemberId referent() {
        return memberships
                .findActive(scene.organisation(), World.DATA_REFERENT)
                .orElseThrow()
                .id();
    }

    @BeforeEach
    void setUp() {
        if (scene == null) {
            scene = world.scene();
        }
    }

    private static String item(FeedbackItem item) {
        return "/api/v1/organisations/" + scene.org() + "/feedback/" + item.id();
    }

    private FeedbackItem submitted(IdentityMode mode, String text) {
        return box.submit(
                World.caller(World.CONTRIBUTOR),
                scene.organisation(),
                new FeedbackDraft(FeedbackKind.CONCERN, null, text, null),
                mode);
    }

    private static String ask(FeedbackItem item, String reason) {
        return given().contentType("application/json")
                .body("{\"reason\":\"" + reason + "\"}")
                .when()
                .post(item(item) + "/disclosure-requests")
                .then()
                .statusCode(201)
                .body("outcome", nullValue())
                .body("decidedBy", nullValue())
                .extract()
                .path("id");
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void theAuthorIsHiddenFromTheRequesterUntilACustodianGrantsTheRequest() {
        FeedbackItem item = submitted(IdentityMode.CONFIDENTIAL, "Un outil non validé circule dans le service");
        given().when()
                .get(item(item))
                .then()
                .statusCode(200)
                .body("identityMode", equalTo("CONFIDENTIAL"))
                .body("author", nullValue());

        String requestId = ask(item, "Plainte formelle : audition du témoin nécessaire");
        given().when().get(item(item)).then().statusCode(200).body("author", nullValue());

        // the requester is no custodian
        given().contentType("application/json")
                .body("{\"outcome\":\"GRANTED\",\"reason\":\"moi-même\"}")
                .when()
                .post(item(item) + "/disclosure-requests/" + requestId + "/decision")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().when().get(item(item)).then().statusCode(200).body("author", nullValue());

        DisclosureRequest granted = box.decideDisclosure(
                World.caller(World.DATA_REFERENT),
                scene.organisation(),
                item.id(),
                new org.gouvernail.domain.feedback.DisclosureRequestId(java.util.UUID.fromString(requestId)),
                DisclosureOutcome.GRANTED,
                "Procédure disciplinaire engagée, base légale établie");
        assertThat(granted.decidedBy()).isEqualTo(referent());
        assertThat(granted.decidedAt()).isNotNull();

        given().when()
                .get(item(item))
                .then()
                .statusCode(200)
                .body("author.memberId", equalTo(item.author().value().toString()))
                .body("author.name", equalTo(World.CONTRIBUTOR));
        // another governor, without a request of their own, still does not see it
        assertThat(box.item(World.caller(World.ADMIN), scene.organisation(), item.id())
                        .identityShown())
                .isFalse();

        @SuppressWarnings("unchecked")
        List<Object[]> audit = entityManager
                .createNativeQuery(
                        "select action, summary, actor_subject from audit_event where subject_id = :id and action like 'feedback.disclosure%' order by occurred_at")
                .setParameter("id", item.id().toString())
                .getResultList();
        assertThat(audit)
                .extracting(row -> row[0])
                .containsExactly("feedback.disclosure-requested", "feedback.disclosure-decided");
        assertThat(audit).extracting(row -> row[2]).containsExactly(World.COMMITTEE, World.DATA_REFERENT);
        assertThat(audit)
                .extracting(row -> (String) row[1])
                .allSatisfy(summary -> assertThat(summary)
                        .doesNotContain(World.CONTRIBUTOR)
                        .doesNotContain(item.author().value().toString()));
        assertThat((String) audit.get(1)[1]).contains("GRANTED");
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void aRefusedRequestLeavesTheAuthorHidden() {
        FeedbackItem item = submitted(IdentityMode.CONFIDENTIAL, "Des comptes partagés sur un outil d'IA");
        String requestId = ask(item, "Curiosité du comité");
        box.decideDisclosure(
                World.caller(World.DATA_REFERENT),
                scene.organisation(),
                item.id(),
                new org.gouvernail.domain.feedback.DisclosureRequestId(java.util.UUID.fromString(requestId)),
                DisclosureOutcome.REFUSED,
                "Aucune nécessité : le signalement se traite sans l'identité");
        given().when().get(item(item)).then().statusCode(200).body("author", nullValue());
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void aCustodianDecidesOnceWithAReasonThroughHttp() {
        FeedbackItem item = submitted(IdentityMode.CONFIDENTIAL, "Un prestataire reçoit des données sans contrat");
        DisclosureRequest request = box.requestDisclosure(
                World.caller(World.COMMITTEE), scene.organisation(), item.id(), "Enquête sur le prestataire");
        String decision = item(item) + "/disclosure-requests/" + request.id() + "/decision";
        given().contentType("application/json")
                .body("{\"outcome\":\"GRANTED\"}")
                .when()
                .post(decision)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .body("{\"outcome\":\"REFUSED\",\"reason\":\"Pas nécessaire\"}")
                .when()
                .post(decision)
                .then()
                .statusCode(200)
                .body("outcome", equalTo("REFUSED"))
                .body("decidedBy", equalTo(referent().value().toString()))
                .body("decidedAt", notNullValue())
                .body("decisionReason", equalTo("Pas nécessaire"));
        given().contentType("application/json")
                .body("{\"outcome\":\"GRANTED\",\"reason\":\"Finalement\"}")
                .when()
                .post(decision)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://gouvernail.org/problems/feedback-disclosure-decided"));
        // a custodian who is no governor does not ask (and sees the author already)
        given().contentType("application/json")
                .body("{\"reason\":\"Pour voir\"}")
                .when()
                .post(item(item) + "/disclosure-requests")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void onlyAConfidentialItemHasAnIdentityToDisclose() {
        FeedbackItem item = submitted(IdentityMode.IDENTIFIED, "Merci pour la formation");
        given().contentType("application/json")
                .body("{\"reason\":\"Savoir qui\"}")
                .when()
                .post(item(item) + "/disclosure-requests")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/feedback-disclosure-not-confidential"));
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aMemberWithoutTheRoleMayNotAsk() {
        FeedbackItem item = submitted(IdentityMode.CONFIDENTIAL, "Un outil à vérifier");
        given().contentType("application/json")
                .body("{\"reason\":\"Savoir qui\"}")
                .when()
                .post(item(item) + "/disclosure-requests")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = World.COMMITTEE)
    void aGovernorWhoIsAlsoACustodianSeesTheAuthorAlreadyAndNeedNotAsk() {
        FeedbackItem item = submitted(IdentityMode.CONFIDENTIAL, "Un outil à vérifier de près");
        world.member(scene.organisation(), "gina", Role.COMMITTEE, Role.PERSON_OF_TRUST);
        assertThatThrownBy(
                        () -> box.requestDisclosure(World.caller("gina"), scene.organisation(), item.id(), "Pour voir"))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "feedback-disclosure-needless");
        assertThat(box.item(World.caller("gina"), scene.organisation(), item.id())
                        .identityShown())
                .isTrue();
    }
}
