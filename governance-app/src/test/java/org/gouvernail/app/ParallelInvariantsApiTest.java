package org.gouvernail.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.feedback.DisclosureRequest;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.port.in.FeedbackBox;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * The invariants of the newer areas under parallel requests (real HTTP, N threads released together):
 * what one request at a time cannot break, two at the same instant must not break either, and the
 * losers get a 4xx problem (409 concurrent-change or the area's own conflict), never a 500.
 */
@QuarkusTest
class ParallelInvariantsApiTest {

    private static final int PARALLEL = 4;
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    World world;

    @Inject
    FeedbackBox box;

    @Inject
    OrganisationManagement organisations;

    @Inject
    EntityManager entityManager;

    /** Sends the N requests at the same instant, each built from its index; their answers in that order. */
    private static List<Response> together(IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                int index = i;
                Callable<Response> call = () -> {
                    start.await();
                    return request.apply(index);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> statuses(List<Response> responses) {
        return responses.stream().map(Response::statusCode).collect(Collectors.toList());
    }

    /** The losers' answers: 4xx problems with a type, never a 5xx. */
    private static void losersAreProblems(List<Response> responses, int... allowed) {
        for (Response response : responses) {
            int status = response.statusCode();
            assertThat(status).as(response.asString()).isLessThan(500);
            if (status >= 400) {
                assertThat(status)
                        .as(response.asString())
                        .isIn(java.util.Arrays.stream(allowed).boxed().toList());
                assertThat(response.contentType()).startsWith(PROBLEM_JSON);
                assertThat((String) response.path("type")).startsWith("https://gouvernail.org/problems/");
            }
        }
    }

    private long audited(Scene scene, String action) {
        return ((Number) entityManager
                        .createNativeQuery(
                                "select count(*) from audit_event where organisation_id = ?1 and action = ?2")
                        .setParameter(1, scene.org())
                        .setParameter(2, action)
                        .getSingleResult())
                .longValue();
    }

    @Test
    @TestSecurity(user = World.DATA_REFERENT)
    void anIdentityDisclosureRequestIsDecidedOnceWhenCustodiansDecideAtTheSameInstant() throws Exception {
        Scene scene = world.scene();
        FeedbackItem item = box.submit(
                World.caller(World.CONTRIBUTOR),
                scene.organisation(),
                new FeedbackDraft(FeedbackKind.CONCERN, null, "Un outil non validé circule", null),
                IdentityMode.CONFIDENTIAL);
        DisclosureRequest request = box.requestDisclosure(
                World.caller(World.COMMITTEE), scene.organisation(), item.id(), "Audition du témoin nécessaire");
        String decision = "/api/v1/organisations/" + scene.org() + "/feedback/" + item.id() + "/disclosure-requests/"
                + request.id() + "/decision";

        List<Response> answers = together(i -> given().contentType("application/json")
                .header("Accept-Language", "en")
                .body("{\"outcome\":\"" + (i % 2 == 0 ? "GRANTED" : "REFUSED") + "\",\"reason\":\"Décision " + i
                        + "\"}")
                .when()
                .post(decision));

        assertThat(statuses(answers)).as("one decision, the others refused").containsOnlyOnce(200);
        losersAreProblems(answers, 409);
        assertThat(audited(scene, "feedback.disclosure-decided")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void anOrganisationIsClosedOnceWhenItsAdminsAskAtTheSameInstant() throws Exception {
        Scene scene = world.scene();
        String base = "/api/v1/organisations/" + scene.org();

        List<Response> answers =
                together(i -> given().header("Accept-Language", "en").when().post(base + "/close"));

        assertThat(statuses(answers)).containsOnlyOnce(201);
        losersAreProblems(answers, 409);
        assertThat(audited(scene, "organisation.closure-requested")).isEqualTo(1);
        given().when().post(base + "/closure/cancel").then().statusCode(204);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aRoadmapActionAcceptedTwiceAtTheSameInstantCreatesOneObject() throws Exception {
        Scene scene = world.scene();
        String base = "/api/v1/organisations/" + scene.org();
        given().contentType("application/json")
                .body("{\"staff\":4,\"volunteers\":35,\"beneficiaryFacing\":true,\"vulnerableGroups\":false}")
                .when()
                .put(base + "/governance-profile")
                .then()
                .statusCode(200);

        List<Response> answers = together(
                i -> given().header("Accept-Language", "en").when().post(base + "/roadmap/ADOPT_POLICY/accept"));

        losersAreProblems(answers, 409);
        List<Response> served =
                answers.stream().filter(answer -> answer.statusCode() == 200).toList();
        assertThat(served).isNotEmpty();
        assertThat(served.stream().filter(answer -> Boolean.TRUE.equals(answer.path("created"))))
                .hasSize(1);
        assertThat(served.stream()
                        .map(answer -> (String) answer.path("item.createdId"))
                        .distinct())
                .hasSize(1);
        given().when().get(base + "/policies").then().statusCode(200).body("items.size()", org.hamcrest.Matchers.is(1));
        assertThat(audited(scene, "roadmap-action.accepted")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void aTrainingSessionClosedTwiceAtTheSameInstantWritesOneSetOfRecords() throws Exception {
        Scene scene = world.scene();
        String base = "/api/v1/organisations/" + scene.org();
        String module = given().contentType("application/json")
                .body("{\"fromCatalogue\":\"ai-and-work\",\"code\":\"IA-107\"}")
                .when()
                .post(base + "/training-modules")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("If-Match", "\"0\"")
                .when()
                .post(base + "/training-modules/" + module + "/publish")
                .then()
                .statusCode(200);
        String session = base + "/training-sessions/"
                + given().contentType("application/json")
                        .body("{\"title\":\"Atelier IA\",\"moduleIds\":[\"" + module + "\"],\"date\":\""
                                + LocalDate.now(java.time.ZoneOffset.UTC)
                                + "\",\"durationMinutes\":60,\"format\":\"IN_PERSON\",\"language\":\"fr\","
                                + "\"trainer\":\"Rita\",\"place\":\"Local\",\"capacity\":20}")
                        .when()
                        .post(base + "/training-sessions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"marks\":[{\"memberId\":\"" + scene.viewer().id() + "\",\"status\":\"PRESENT\"}]}")
                .when()
                .post(session + "/attendance")
                .then()
                .statusCode(200);
        given().header("If-Match", "\"1\"")
                .when()
                .post(session + "/hold")
                .then()
                .statusCode(200);

        List<Response> answers = together(i -> given().header("Accept-Language", "en")
                .header("If-Match", "\"2\"")
                .when()
                .post(session + "/close"));

        assertThat(statuses(answers)).containsOnlyOnce(200);
        losersAreProblems(answers, 409);
        assertThat(audited(scene, "training-session.closed")).isEqualTo(1);
        assertThat(audited(scene, "training-record.recorded")).isEqualTo(1);
        assertThat(((Number) entityManager
                                .createNativeQuery("select count(*) from training_record where organisation_id = ?1")
                                .setParameter(1, scene.org())
                                .getSingleResult())
                        .longValue())
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = World.ADMIN)
    void agendasProposedAtTheSameInstantPutEachDueSubjectOnceBeforeTheCommittee() throws Exception {
        Scene scene = world.scene();
        String base = "/api/v1/organisations/" + scene.org();
        Map<String, String> ids =
                organisations
                        .members(World.caller(World.ADMIN), scene.organisation(), PageRequest.first(50))
                        .items()
                        .stream()
                        .collect(Collectors.toMap(Membership::subject, m -> m.id().toString()));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"charter\":{\"minVotingMembers\":3,\"maxVotingMembers\":5},\"members\":["
                        + seat(ids, World.ADMIN, "CHAIR") + "," + seat(ids, World.COMMITTEE, "SECRETARY") + ","
                        + seat(ids, World.DATA_REFERENT, "DATA_REFERENT") + "]}")
                .when()
                .put(base + "/committee")
                .then()
                .statusCode(200);
        String risk = created(
                base + "/risks",
                "{\"title\":\"Fuite de notes de suivi\",\"category\":\"PRIVACY\",\"likelihood\":4,\"severity\":4}");
        LocalDate day = LocalDate.now().plusDays(7);
        String attendees = "\"attendees\":[\"" + ids.get(World.ADMIN) + "\",\"" + ids.get(World.COMMITTEE) + "\"]";
        List<String> meetings = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            meetings.add(created(base + "/meetings", "{\"date\":\"" + day + "\"," + attendees + "}"));
        }

        // the same meeting from every thread, then two meetings at once
        List<Response> same = together(i -> given().contentType("application/json")
                .header("Accept-Language", "en")
                .body("{\"meetingId\":\"" + meetings.get(0) + "\"}")
                .when()
                .post(base + "/reviews/propose-agenda"));
        losersAreProblems(same, 409);
        assertThat(agendaReviews(base, meetings.get(0))).hasSize(1);

        String other = created(
                base + "/risks", "{\"title\":\"Biais\",\"category\":\"PRIVACY\",\"likelihood\":5,\"severity\":4}");
        List<Response> two = together(i -> given().contentType("application/json")
                .header("Accept-Language", "en")
                .body("{\"meetingId\":\"" + meetings.get(i % 2) + "\"}")
                .when()
                .post(base + "/reviews/propose-agenda"));
        losersAreProblems(two, 409);

        @SuppressWarnings("unchecked")
        List<Object[]> open = entityManager
                .createNativeQuery("select subject_id, count(*) from review where organisation_id = ?1"
                        + " and decision_id is null group by subject_id")
                .setParameter(1, scene.org())
                .getResultList();
        assertThat(open).as("one open review per subject").allMatch(row -> ((Number) row[1]).intValue() == 1);
        assertThat(open.stream().map(row -> (String) row[0])).contains(risk, other);
        assertThat(agendaReviews(base, meetings.get(0))).doesNotHaveDuplicates();
        assertThat(agendaReviews(base, meetings.get(1))).doesNotHaveDuplicates();
    }

    private static List<String> agendaReviews(String base, String meeting) {
        List<String> reviews = given().when()
                .get(base + "/meetings/" + meeting)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("agenda.reviewId", String.class);
        return reviews.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static String seat(Map<String, String> ids, String subject, String role) {
        return "{\"memberId\":\"" + ids.get(subject) + "\",\"role\":\"" + role + "\",\"mandateStart\":\"2026-01-01\"}";
    }

    private static String created(String path, String body) {
        return given().contentType("application/json")
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
