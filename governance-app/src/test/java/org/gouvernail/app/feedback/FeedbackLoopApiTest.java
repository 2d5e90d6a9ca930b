package org.gouvernail.app.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.policy.VersionContentBuilder.aPolicyText;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
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
import org.gouvernail.domain.feedback.About;
import org.gouvernail.domain.feedback.AboutKind;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.port.in.FeedbackBox;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.Submitted;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.port.in.UsagePolicies;
import org.gouvernail.domain.policy.port.in.UsagePolicies.NewPolicy;
import org.gouvernail.domain.policy.port.in.UsagePolicies.PolicyView;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.PageRequest;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The loop, end to end: an anonymous reporter's concern about a policy rule becomes a risk and a
 * revision of the policy in one call each, linked both ways; once the committee publishes the
 * revised version, the reporter reads through the receipt that their feedback led to it.
 */
@QuarkusTest
class FeedbackLoopApiTest {

    private static final Logger LOG = Logger.getLogger(FeedbackLoopApiTest.class);

    @Inject
    World world;

    @Inject
    FeedbackBox box;

    @Inject
    UsagePolicies policies;

    @Inject
    CommitteeGovernance governance;

    @Inject
    OrganisationManagement organisations;

    @Inject
    EntityManager entityManager;

    private static void log(String request, ValidatableResponse answer) {
        LOG.info("WALKTHROUGH request: " + request);
        LOG.info("WALKTHROUGH answer: " + answer.extract().statusCode() + " "
                + answer.extract().asString());
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void anAnonymousReporterReadsThroughTheReceiptThatThePolicyChangedBecauseOfTheReport() {
        Scene scene = world.scene();
        String base = "/api/v1/organisations/" + scene.org();
        Caller ada = World.caller(World.ADMIN);
        Map<String, MemberId> ids =
                organisations.members(ada, scene.organisation(), PageRequest.first(50)).items().stream()
                        .collect(Collectors.toMap(Membership::subject, Membership::id));
        governance.configure(
                ada,
                scene.organisation(),
                0,
                new Charter(
                        "Un usage de l'IA conforme à nos valeurs",
                        MeetingFrequency.QUARTERLY,
                        true,
                        QuorumRule.MAJORITY,
                        3,
                        5),
                List.of(
                        new CommitteeMember(
                                ids.get(World.ADMIN), CommitteeRole.CHAIR, true, LocalDate.of(2026, 1, 1), null),
                        new CommitteeMember(
                                ids.get(World.COMMITTEE),
                                CommitteeRole.SECRETARY,
                                true,
                                LocalDate.of(2026, 1, 1),
                                null),
                        new CommitteeMember(
                                ids.get(World.DATA_REFERENT),
                                CommitteeRole.DATA_REFERENT,
                                true,
                                LocalDate.of(2026, 1, 1),
                                null)));
        PolicyView charter = policies.create(
                ada,
                scene.organisation(),
                new NewPolicy(
                        "Charte IA",
                        null,
                        null,
                        "fr",
                        aPolicyText().withBody("# Charte IA").reviewedOn(null).build()));
        publish(
                ada,
                scene,
                policies.submitForReview(
                                ada, scene.organisation(), charter.policy().id(), 1, 0)
                        .version());

        Submitted submitted = box.submitAnonymously(
                World.caller(World.CONTRIBUTOR),
                scene.organisation(),
                new FeedbackDraft(
                        FeedbackKind.CONCERN,
                        new About(AboutKind.POLICY_RULE, charter.policy().id().value(), 1, null),
                        "La charte permet les comptes gratuits : des fiches de bénéficiaires y finissent.",
                        null),
                true);
        FeedbackItem item = submitted.item();
        String receipt = "{\"receipt\":\"" + submitted.receipt().orElseThrow().digits() + "\"}";
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "update feedback_item set received_on = received_on - interval 1 day where id = :id")
                        .setParameter("id", item.id().toString())
                        .executeUpdate());
        String one = base + "/feedback/" + item.id();
        given().header("If-Match", "\"0\"")
                .when()
                .post(one + "/acknowledge")
                .then()
                .statusCode(200);

        String revision = "{\"kind\":\"POLICY_REVISION\",\"policyId\":\""
                + charter.policy().id()
                + "\",\"note\":\"interdire les comptes gratuits pour toute donnée personnelle\"}";
        ValidatableResponse revised = given().contentType("application/json")
                .body(revision)
                .when()
                .post(one + "/follow-ups")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("followUps[0].kind", equalTo("POLICY_REVISION"))
                .body("followUps[0].policyVersion", equalTo(2))
                .body("followUps[0].note", startsWith("feedback " + item.id() + " (CONCERN): interdire"))
                .body("ledTo", empty());
        log("POST " + one + "/follow-ups " + revision, revised);
        String risk = "{\"kind\":\"RISK\",\"risk\":{\"fromCatalogue\":\"R01\"}}";
        ValidatableResponse raised = given().contentType("application/json")
                .body(risk)
                .when()
                .post(one + "/follow-ups")
                .then()
                .statusCode(200)
                .body("followUps", hasSize(2))
                .body("followUps[1].kind", equalTo("RISK"));
        String riskId = raised.extract().jsonPath().getString("followUps[1].targetId");
        given().when().get(base + "/risks/" + riskId).then().statusCode(200);
        given().queryParam("riskId", riskId)
                .when()
                .get(base + "/feedback-links")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].itemId", equalTo(item.id().toString()))
                .body("items[0].kind", equalTo("CONCERN"));
        PolicyView open =
                policies.policy(ada, scene.organisation(), charter.policy().id());
        assertThat(open.open())
                .as("the revision opened a draft")
                .map(PolicyVersion::number)
                .contains(2);

        ValidatableResponse before = given().contentType("application/json")
                .body(receipt)
                .when()
                .post("/api/v1/public/organisations/" + scene.org() + "/feedback-receipts/status")
                .then()
                .statusCode(200)
                .body("ledTo", empty());
        log("POST /api/v1/public/organisations/" + scene.org() + "/feedback-receipts/status (before)", before);

        publish(
                ada,
                scene,
                policies.submitForReview(
                                ada, scene.organisation(), charter.policy().id(), 2, 0)
                        .version());

        ValidatableResponse after = given().contentType("application/json")
                .body(receipt)
                .when()
                .post("/api/v1/public/organisations/" + scene.org() + "/feedback-receipts/status")
                .then()
                .statusCode(200)
                .body("ledTo", hasSize(1))
                .body("ledTo[0].policyTitle", equalTo("Charte IA"))
                .body("ledTo[0].version", equalTo(2));
        log("POST /api/v1/public/organisations/" + scene.org() + "/feedback-receipts/status (after)", after);
        given().when().get(one).then().statusCode(200).body("ledTo[0].version", equalTo(2));
        given().queryParam("policyId", charter.policy().id().toString())
                .queryParam("version", 2)
                .when()
                .get(base + "/feedback-links")
                .then()
                .statusCode(200)
                .body("items[0].itemId", equalTo(item.id().toString()));
        given().queryParam("policyId", charter.policy().id().toString())
                .queryParam("riskId", riskId)
                .when()
                .get(base + "/feedback-links")
                .then()
                .statusCode(400);
    }

    private void publish(Caller ada, Scene scene, PolicyVersion version) {
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
    }
}
