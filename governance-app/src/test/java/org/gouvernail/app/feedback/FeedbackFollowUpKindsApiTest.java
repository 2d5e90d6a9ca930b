package org.gouvernail.app.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.committee.AgendaItem;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.communication.CommunicationPlan;
import org.gouvernail.domain.communication.PlanDetails;
import org.gouvernail.domain.communication.port.in.CommunicationPlanning;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.port.in.FeedbackBox;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.port.in.IncidentLog;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.junit.jupiter.api.Test;

/**
 * The follow-ups beyond a risk and a policy revision, each in one call and linked both ways: a
 * training need (the module that answers it), an item on the committee's next agenda, an incident
 * opened from the item, a communication answer planned in a plan. The linked object shows the item
 * (…/feedback-links?…Id=), the item shows the object (followUps).
 */
@QuarkusTest
@TestSecurity(user = World.DATA_REFERENT)
class FeedbackFollowUpKindsApiTest {

    private static final String SECRET_TEXT = "Le chatbot a reçu les notes de suivi de Mme Dupont";

    @Inject
    World world;

    @Inject
    FeedbackBox box;

    @Inject
    TrainingProgramme training;

    @Inject
    CommitteeGovernance governance;

    @Inject
    CommunicationPlanning communication;

    @Inject
    IncidentLog incidents;

    @Inject
    Memberships memberships;

    @Inject
    Clock clock;

    private FeedbackItem concern(Scene scene) {
        return box.submit(
                World.caller(World.CONTRIBUTOR),
                scene.organisation(),
                new FeedbackDraft(FeedbackKind.CONCERN, null, SECRET_TEXT, null),
                IdentityMode.CONFIDENTIAL);
    }

    private static JsonPath followUp(String base, FeedbackItem item, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(base + "/feedback/" + item.id() + "/follow-ups")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void linkedBack(String base, String query, FeedbackItem item, String kind) {
        given().when()
                .get(base + "/feedback-links?" + query)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].itemId", equalTo(item.id().toString()))
                .body("items[0].kind", equalTo("CONCERN"))
                .body("items[0].followUp.kind", equalTo(kind));
    }

    @Test
    void aTrainingNeedAnAgendaItemAnIncidentAndACommunicationAnswerAreLinkedBothWays() {
        Scene scene = world.scene();
        String base = "/api/v1/organisations/" + scene.org();
        FeedbackItem item = concern(scene);
        MemberId rita = memberships
                .findActive(scene.organisation(), World.DATA_REFERENT)
                .orElseThrow()
                .id();
        TrainingModule module = training.copyFromCatalogue(
                World.caller(World.DATA_REFERENT), scene.organisation(), "ai-and-work", "FB-1", Optional.empty());
        LocalDate today = LocalDate.now(clock);
        // two meetings to come: the sooner one takes the item
        Meeting later = governance
                .schedule(
                        World.caller(World.ADMIN), scene.organisation(), today.plusDays(40), List.of(), Set.of(), null)
                .meeting();
        Meeting next = governance
                .schedule(
                        World.caller(World.ADMIN),
                        scene.organisation(),
                        today.plusDays(10),
                        List.of(new AgendaItem("Ouverture", null, null, null, null, null)),
                        Set.of(),
                        null)
                .meeting();
        CommunicationPlan plan = communication.drawUp(
                World.caller(World.ADMIN),
                scene.organisation(),
                new PlanDetails(
                        "Plan 2027",
                        "Informer",
                        null,
                        LocalDate.parse("2027-01-01"),
                        LocalDate.parse("2027-12-31"),
                        rita,
                        LocalDate.parse("2027-06-01"),
                        true,
                        false));

        JsonPath trained = followUp(
                base,
                item,
                "{\"kind\":\"TRAINING_NEED\",\"moduleId\":\"" + module.id() + "\",\"note\":\"Rappel des données\"}");
        assertThat(trained.getString("followUps[0].kind")).isEqualTo("TRAINING_NEED");
        assertThat(trained.getString("followUps[0].targetId"))
                .isEqualTo(module.id().toString());
        linkedBack(base, "moduleId=" + module.id(), item, "TRAINING_NEED");

        JsonPath agenda = followUp(base, item, "{\"kind\":\"AGENDA_ITEM\",\"title\":\"Chatbots gratuits\"}");
        assertThat(agenda.getString("followUps[1].targetId"))
                .isEqualTo(next.id().toString());
        Meeting onAgenda = governance
                .meeting(World.caller(World.ADMIN), scene.organisation(), next.id())
                .meeting();
        assertThat(onAgenda.agenda()).hasSize(2);
        String title = onAgenda.agenda().get(1).title();
        assertThat(title)
                .startsWith("feedback " + item.id() + " (CONCERN)")
                .endsWith("Chatbots gratuits")
                .doesNotContain("Dupont");
        assertThat(governance
                        .meeting(World.caller(World.ADMIN), scene.organisation(), later.id())
                        .meeting()
                        .agenda())
                .isEmpty();
        linkedBack(base, "meetingId=" + next.id(), item, "AGENDA_ITEM");

        JsonPath incident = followUp(
                base,
                item,
                "{\"kind\":\"INCIDENT\",\"incident\":{\"title\":\"Notes collées dans un chatbot\",\"kind\":\"INCIDENT\","
                        + "\"type\":\"PERSONAL_DATA_IN_PUBLIC_TOOL\",\"detectedAt\":\"" + today + "T08:00:00Z\","
                        + "\"dataCategories\":[\"PERSONAL\"]}}");
        UUID incidentId = UUID.fromString(incident.getString("followUps[2].targetId"));
        assertThat(incidents
                        .incident(World.caller(World.VIEWER), scene.organisation(), new IncidentId(incidentId))
                        .facts()
                        .title())
                .isEqualTo("Notes collées dans un chatbot");
        linkedBack(base, "incidentId=" + incidentId, item, "INCIDENT");

        JsonPath answered = followUp(
                base,
                item,
                "{\"kind\":\"COMMUNICATION\",\"planId\":\"" + plan.id()
                        + "\",\"communication\":{\"audience\":\"STAFF\","
                        + "\"stage\":\"AWARENESS\",\"keyMessage\":\"Aucune note de suivi dans un outil public\","
                        + "\"channel\":\"EMAIL\",\"senderId\":\"" + rita + "\",\"plannedDate\":\"2027-01-10\"}}");
        assertThat(answered.getString("followUps[3].kind")).isEqualTo("COMMUNICATION");
        assertThat(answered.getString("followUps[3].parentId"))
                .isEqualTo(plan.id().toString());
        String actionId = answered.getString("followUps[3].targetId");
        given().when()
                .get(base + "/communication-plans/" + plan.id() + "/actions/" + actionId)
                .then()
                .statusCode(200)
                .body("keyMessage", equalTo("Aucune note de suivi dans un outil public"));
        linkedBack(base, "communicationActionId=" + actionId, item, "COMMUNICATION");

        // the item shows the four objects, in the order linked
        given().when()
                .get(base + "/feedback/" + item.id())
                .then()
                .statusCode(200)
                .body("followUps.kind", equalTo(List.of("TRAINING_NEED", "AGENDA_ITEM", "INCIDENT", "COMMUNICATION")));
    }

    @Test
    void anAgendaItemNeedsAMeetingToComeAndEveryKindItsTarget() {
        Scene scene = world.scene();
        String base = "/api/v1/organisations/" + scene.org();
        FeedbackItem item = concern(scene);
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"AGENDA_ITEM\",\"title\":\"Chatbots\"}")
                .when()
                .post(base + "/feedback/" + item.id() + "/follow-ups")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://gouvernail.org/problems/feedback-no-next-meeting"));
        for (String kind : List.of("TRAINING_NEED", "AGENDA_ITEM", "INCIDENT", "COMMUNICATION")) {
            given().contentType(ContentType.JSON)
                    .body("{\"kind\":\"" + kind + "\"}")
                    .when()
                    .post(base + "/feedback/" + item.id() + "/follow-ups")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().when()
                .get(base + "/feedback-links?moduleId=" + UUID.randomUUID() + "&incidentId=" + UUID.randomUUID())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().when()
                .get(base + "/feedback-links?moduleId=" + UUID.randomUUID() + "&version=2")
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"TRAINING_NEED\",\"moduleId\":\"" + UUID.randomUUID() + "\"}")
                .when()
                .post(base + "/feedback/" + item.id() + "/follow-ups")
                .then()
                .statusCode(404);
    }
}
