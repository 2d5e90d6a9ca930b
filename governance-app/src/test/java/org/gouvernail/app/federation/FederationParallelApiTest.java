package org.gouvernail.app.federation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

/**
 * Federation links under parallel requests (real HTTP, N threads released together, in the style of
 * ParallelInvariantsApiTest): one link not ended per pair whatever the race between invitations (the
 * database's unique key, V163, the losers answered 409), one winner among concurrent status changes or
 * consent changes of the same link, the consent history append-only and consistent with the consents in
 * force, never a 500. The same person is ADMIN of the federation and of each member, so that one
 * identity acts for both sides.
 */
@QuarkusTest
class FederationParallelApiTest {

    static final String PAT = "pat-fed-parallel";
    static final String TOOLS = "tools.in_inventory";
    private static final int PARALLEL = 6;
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    FederationScene scene;

    @Inject
    EntityManager entityManager;

    private static Organisation federation;

    private Organisation federation() {
        if (federation == null) {
            federation = scene.organisation(OrganisationKind.FEDERATION, PAT, 3);
        }
        return federation;
    }

    private Organisation newMember() {
        return scene.organisation(OrganisationKind.ASSOCIATION, PAT, 6);
    }

    private String fed() {
        return "/api/v1/federations/" + federation().id();
    }

    private static String mine(Organisation member) {
        return "/api/v1/organisations/" + member.id() + "/federation-links";
    }

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

    /** The losers' answers: 4xx problems among {@code allowed}, with a type, never a 5xx. */
    private static void losersAreProblems(List<Response> responses, int... allowed) {
        for (Response response : responses) {
            int status = response.statusCode();
            assertThat(status).as(response.asString()).isLessThan(500);
            if (status >= 400) {
                assertThat(status)
                        .as(response.asString())
                        .isIn(Arrays.stream(allowed).boxed().toList());
                assertThat(response.contentType()).startsWith(PROBLEM_JSON);
                assertThat((String) response.path("type")).startsWith("https://gouvernail.org/problems/");
            }
        }
    }

    private static List<Response> winners(List<Response> responses) {
        return responses.stream().filter(r -> r.statusCode() < 300).toList();
    }

    private String invite(Organisation member) {
        return given().contentType("application/json")
                .body("{\"memberSlug\":\"" + member.profile().slug() + "\"}")
                .when()
                .post(fed() + "/links")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private long audited(Organisation organisation, String action) {
        return count(
                "select count(*) from audit_event where organisation_id = ?1 and action = ?2",
                organisation.id().value().toString(),
                action);
    }

    @Test
    @TestSecurity(user = PAT)
    void invitationsOfTheSameMemberAtTheSameInstantMakeOneLink() throws Exception {
        // several members, each invited by N requests at once: the more rounds, the likelier that two of them
        // pass the service's check together and only the database's key stops the second
        Organisation member = null;
        List<Response> answers = List.of();
        for (int round = 0; round < 3; round++) {
            member = newMember();
            String body = "{\"memberSlug\":\"" + member.profile().slug() + "\"}";

            answers = together(i -> given().contentType("application/json")
                    .header("Accept-Language", "en")
                    .body(body)
                    .when()
                    .post(fed() + "/links"));

            assertThat(answers.stream().map(Response::statusCode).toList())
                    .as("one invitation, the others refused")
                    .containsOnlyOnce(201);
            losersAreProblems(answers, 409);
            assertThat(count(
                            "select count(*) from federation_link where federation_id = ?1 and association_id = ?2",
                            federation().id().value().toString(),
                            member.id().value().toString()))
                    .isEqualTo(1);
            assertThat(audited(member, "federation.member-invited")).isEqualTo(1);
        }

        // once ended, the pair may be linked again: the key holds links not ended only
        String link = winners(answers).get(0).path("id");
        given().header("If-Match", "\"0\"")
                .when()
                .post(fed() + "/links/" + link + "/end")
                .then()
                .statusCode(200);
        invite(member);
        assertThat(count(
                        "select count(*) from federation_link where federation_id = ?1 and association_id = ?2",
                        federation().id().value().toString(),
                        member.id().value().toString()))
                .isEqualTo(2);
    }

    @Test
    @TestSecurity(user = PAT)
    void theDatabaseItselfRefusesASecondLinkNotEndedOfAPair() {
        Organisation member = newMember();
        invite(member);
        String sql = "insert into federation_link (id, federation_id, association_id, status, invited_at,"
                + " consent_changes, version) values (?1, ?2, ?3, 'ACTIVE', ?4, 0, 0)";
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery(sql)
                                .setParameter(1, UUID.randomUUID().toString())
                                .setParameter(2, federation().id().value().toString())
                                .setParameter(3, member.id().value().toString())
                                .setParameter(4, Timestamp.from(Instant.now()))
                                .executeUpdate()))
                .hasStackTraceContaining("uk_federation_link_live_pair");
        // an ENDED row of the same pair is no trouble (and an ENDED row needs its end instant)
        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery("insert into federation_link (id, federation_id, association_id, status,"
                                + " invited_at, ended_at, ended_side, consent_changes, version)"
                                + " values (?1, ?2, ?3, 'ENDED', ?4, ?4, 'MEMBER', 0, 0)")
                        .setParameter(1, UUID.randomUUID().toString())
                        .setParameter(2, federation().id().value().toString())
                        .setParameter(3, member.id().value().toString())
                        .setParameter(4, Timestamp.from(Instant.now()))
                        .executeUpdate());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> entityManager
                                .createNativeQuery(
                                        "insert into federation_link (id, federation_id, association_id, status,"
                                                + " invited_at, consent_changes, version) values (?1, ?2, ?3, 'ENDED', ?4, 0, 0)")
                                .setParameter(1, UUID.randomUUID().toString())
                                .setParameter(2, federation().id().value().toString())
                                .setParameter(3, member.id().value().toString())
                                .setParameter(4, Timestamp.from(Instant.now()))
                                .executeUpdate()))
                .hasStackTraceContaining("ck_federation_link_ended");
    }

    @Test
    @TestSecurity(user = PAT)
    void acceptSuspendAndEndAtTheSameInstantLeaveOneConsistentState() throws Exception {
        Organisation member = newMember();
        String link = invite(member);
        String ofFederation = fed() + "/links/" + link;
        String ofMember = mine(member) + "/" + link;
        int changes = 0;
        for (int round = 0; round < 3; round++) {
            Response before = given().when()
                    .get(ofFederation)
                    .then()
                    .statusCode(200)
                    .extract()
                    .response();
            String status = before.path("status");
            if ("ENDED".equals(status)) {
                break;
            }
            String etag = before.header("ETag");
            // accept (member), suspend (federation), end by the member, end by the federation; resume when
            // SUSPENDED, so that every round has at least two requests that could win
            List<Response> answers = together(i -> {
                var request = given().header("If-Match", etag)
                        .header("Accept-Language", "en")
                        .contentType("application/json");
                return switch (i) {
                    case 0 ->
                        "SUSPENDED".equals(status)
                                ? request.post(ofFederation + "/resume")
                                : request.body("{}").post(ofMember + "/accept");
                    case 1 -> request.post(ofFederation + "/suspend");
                    case 2 -> request.post(ofMember + "/end");
                    default -> request.post(ofFederation + "/end");
                };
            });

            losersAreProblems(answers, 409, 412);
            List<Response> won = winners(answers);
            assertThat(won).as("one change per round, from version %s", etag).hasSize(1);
            changes++;
            Response after = given().when()
                    .get(ofFederation)
                    .then()
                    .statusCode(200)
                    .extract()
                    .response();
            assertThat((String) after.path("status")).isEqualTo(won.get(0).path("status"));
            assertThat(after.header("ETag")).isEqualTo(won.get(0).header("ETag"));
        }
        Response last = given().when()
                .get(ofFederation)
                .then()
                .statusCode(200)
                .extract()
                .response();
        String finalStatus = last.path("status");
        assertThat(last.header("ETag")).isEqualTo("\"" + changes + "\"");
        // the row agrees with the answer: ended exactly when ENDED, one audit row per change and trail
        assertThat(count(
                        "select count(*) from federation_link where id = ?1 and status = ?2"
                                + " and (ended_at is not null) = (status = 'ENDED')",
                        link,
                        finalStatus))
                .isEqualTo(1);
        long statusChanges = count(
                "select count(*) from audit_event where organisation_id = ?1 and action in"
                        + " ('federation.link-accepted', 'federation.link-resumed', 'federation.link-suspended',"
                        + " 'federation.link-ended')",
                member.id().value().toString());
        assertThat(statusChanges).isEqualTo(changes);
    }

    @Test
    @TestSecurity(user = PAT)
    void grantsAndRevocationsAtTheSameInstantKeepTheHistoryConsistent() throws Exception {
        Organisation member = newMember();
        String link = invite(member);
        String ofMember = mine(member) + "/" + link;
        given().header("If-Match", "\"0\"")
                .contentType("application/json")
                .body("{}")
                .post(ofMember + "/accept")
                .then()
                .statusCode(200);
        int rounds = 4;
        for (int round = 0; round < rounds; round++) {
            String etag = given().when()
                    .get(ofMember)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
            String granularity = round % 2 == 0 ? "NAMED" : "AGGREGATE_ONLY";
            List<Response> answers = together(i -> {
                var request = given().header("If-Match", etag).header("Accept-Language", "en");
                return i % 2 == 0
                        ? request.contentType("application/json")
                                .body("{\"indicator\":\"" + TOOLS + "\",\"granularity\":\"" + granularity + "\"}")
                                .post(ofMember + "/consents")
                        : request.post(ofMember + "/consents/" + TOOLS + "/revoke");
            });
            // a revocation of a consent not granted is 409 consent-not-granted; a stale ETag 412
            losersAreProblems(answers, 409, 412);
            assertThat(winners(answers)).as("one change from %s", etag).hasSizeLessThanOrEqualTo(1);
        }

        Response served =
                given().when().get(ofMember).then().statusCode(200).extract().response();
        List<Map<String, Object>> history = served.path("history");
        List<Map<String, Object>> consents = served.path("consents");
        // append-only: one row per change, numbered 1..n, as many as the link counts and as its version moved
        List<?> rows = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("select sequence_number, change_kind, granularity from sharing_consent"
                                + " where link_id = ?1 order by sequence_number")
                        .setParameter(1, link)
                        .getResultList());
        assertThat(rows).hasSize(history.size()).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = (Object[]) rows.get(i);
            assertThat(((Number) row[0]).intValue()).isEqualTo(i + 1);
            assertThat(row[1].toString()).isEqualTo(history.get(i).get("kind"));
        }
        assertThat(count("select consent_changes from federation_link where id = ?1", link))
                .isEqualTo(rows.size());
        assertThat(served.header("ETag")).isEqualTo("\"" + (1 + rows.size()) + "\"");
        // the consents in force are the latest row per indicator
        Map<String, String> latest = new TreeMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            if ("GRANTED".equals(columns[1].toString())) {
                latest.put(TOOLS, columns[2].toString());
            } else {
                latest.remove(TOOLS);
            }
        }
        Map<String, String> inForce = new TreeMap<>();
        consents.forEach(
                consent -> inForce.put((String) consent.get("indicator"), (String) consent.get("granularity")));
        assertThat(inForce).isEqualTo(latest);
        assertThat(audited(member, "federation.consent-granted") + audited(member, "federation.consent-revoked"))
                .isEqualTo(rows.size());
    }
}
