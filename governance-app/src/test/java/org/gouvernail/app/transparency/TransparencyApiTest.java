package org.gouvernail.app.transparency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMember;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.CommitteeRole;
import org.gouvernail.domain.committee.MeetingFrequency;
import org.gouvernail.domain.committee.QuorumRule;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance;
import org.gouvernail.domain.feedback.FeedbackFilter;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.port.out.FeedbackItems;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.usecase.PeopleAffected;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseBuilder;
import org.gouvernail.domain.usecase.UseCaseDetailsBuilder;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.port.out.UseCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The public AI transparency statement through HTTP: drawn from the registers, refused while it
 * names a member, published only by a committee decision, then readable without a token (JSON,
 * HTML, history, Algoritmeregister export) with ETag and 304, and a question form that becomes a
 * feedback item. The tests run in order: they walk one statement through its life.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransparencyApiTest {

    /** A member whose name must never reach the public. */
    private static final String MEMBER_NAME = "Martine Verhaegen";

    private static Scene scene;
    private static String slug;
    private static UUID beneficiaries;
    private static UUID internal;

    @Inject
    World world;

    @Inject
    OrganisationManagement management;

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    UseCases useCases;

    @Inject
    CommitteeGovernance governance;

    @Inject
    FeedbackItems feedbackItems;

    @BeforeEach
    void setUp() {
        if (scene != null) {
            return;
        }
        scene = world.scene();
        slug = organisations.find(scene.organisation()).orElseThrow().profile().slug();
        management.addMember(
                World.caller(World.ADMIN),
                scene.organisation(),
                aMember()
                        .withEmail("martine@test.gouvernail.org")
                        .named(MEMBER_NAME)
                        .as(PersonType.STAFF)
                        .withRoles(Role.VIEWER)
                        .build());
        MemberId owner = memberships
                .findActive(scene.organisation(), World.COMMITTEE)
                .orElseThrow()
                .id();
        governance.configure(
                World.caller(World.ADMIN),
                scene.organisation(),
                0,
                new Charter(
                        "Veiller à un usage de l'IA conforme à nos valeurs",
                        MeetingFrequency.QUARTERLY,
                        true,
                        QuorumRule.MAJORITY,
                        3,
                        5),
                List.of(
                        seat(World.ADMIN, CommitteeRole.CHAIR),
                        seat(World.COMMITTEE, CommitteeRole.SECRETARY),
                        seat(World.DATA_REFERENT, CommitteeRole.DATA_REFERENT)));
        beneficiaries = running(
                owner,
                UseCaseDetailsBuilder.aUseCase()
                        .titled("Traduction des courriers aux familles")
                        .withDescription("Traduit les courriers ; ne décide de rien et ne garde rien.")
                        .withTools(Set.of(scene.tool().id()))
                        .affecting(PeopleAffected.BENEFICIARIES)
                        .overseenBy("Une conseillère relit chaque courrier avant l'envoi.")
                        .ownedBy(owner));
        internal = running(
                owner,
                UseCaseDetailsBuilder.aUseCase()
                        .titled("Comptes rendus de réunion")
                        .inTeam("Secrétariat")
                        .affecting(PeopleAffected.INTERNAL_ONLY)
                        .ownedBy(owner));
    }

    private CommitteeMember seat(String subject, CommitteeRole role) {
        MemberId id = memberships
                .findActive(scene.organisation(), subject)
                .orElseThrow()
                .id();
        return new CommitteeMember(id, role, true, LocalDate.of(2026, 1, 1), null);
    }

    private UUID running(MemberId owner, UseCaseDetailsBuilder details) {
        UseCase useCase = UseCaseBuilder.from(UseCase.propose(
                        new UseCaseId(UUID.randomUUID()),
                        scene.organisation(),
                        details.build(),
                        null,
                        owner,
                        Instant.now()))
                .in(UseCaseStatus.IN_USE)
                .build();
        QuarkusTransaction.requiringNew().run(() -> useCases.add(useCase));
        return useCase.id().value();
    }

    private static String base() {
        return "/api/v1/organisations/" + scene.org() + "/ai-transparency";
    }

    private static String publicBase() {
        return "/api/v1/public/organisations/" + slug + "/ai-transparency";
    }

    private static Response draft(String body) {
        return given().contentType("application/json; charset=UTF-8")
                .header("Accept-Language", "en")
                .body(body)
                .when()
                .post(base());
    }

    private static String etag(String id) {
        return given().when()
                .get(base() + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static void decide(String statementId, String outcome) {
        given().contentType("application/json; charset=UTF-8")
                .body("{\"subject\":\"TRANSPARENCY\",\"subjectId\":\"" + statementId + "\",\"outcome\":\"" + outcome
                        + "\",\"votesFor\":3,\"votesAgainst\":0,\"votesAbstain\":0}")
                .when()
                .post("/api/v1/organisations/" + scene.org() + "/decisions")
                .then()
                .statusCode(201);
    }

    @Test
    @Order(1)
    void nothingIsPublicBeforeADecision() {
        given().when().get(publicBase()).then().statusCode(404);
        given().when().get(publicBase() + "/versions").then().statusCode(404);
    }

    @Test
    @Order(2)
    @TestSecurity(user = World.ADMIN)
    void aDraftIsDrawnFromTheRegistersAndRefusesAMembersName() {
        draft("{\"contactAddress\":\"martine.verhaegen@asbl.be\"}")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("personal-name-in-statement"))
                .body("title", equalTo("A person is named"));
        draft("{\"contactAddress\":\"ia@asbl.be\",\"howToRaiseAConcern\":\"Écrivez-nous ; une personne répond.\"}")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("number", equalTo(1))
                .body("content.entries", hasSize(1))
                .body("content.entries[0].useCaseId", equalTo(beneficiaries.toString()))
                .body("content.entries[0].stage", equalTo("IN_USE"))
                .body("content.entries[0].tools[0]", containsString("ChatGPT"))
                .body("content.internalUses[0]", equalTo("Secrétariat: Comptes rendus de réunion"));
        draft("{}").then().statusCode(409).body("type", containsString("statement-draft-open"));
    }

    @Test
    @Order(3)
    @TestSecurity(user = World.ADMIN)
    void theNarrativeIsEditedWithIfMatchAndStillNamesNoOne() {
        String id = given().when().get(base()).then().statusCode(200).extract().path("items[0].id");
        String etag = etag(id);
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", etag)
                .header("Accept-Language", "fr")
                .body("{\"principles\":\"" + MEMBER_NAME + " veille à tout.\"}")
                .when()
                .patch(base() + "/" + id)
                .then()
                .statusCode(409)
                .body("title", equalTo("Une personne est nommée"));
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"principles\":\"L'IA aide ; elle ne décide jamais à la place d'une personne.\"}")
                .when()
                .patch(base() + "/" + id)
                .then()
                .statusCode(428);
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", etag)
                .body("{\"principles\":\"L'IA aide ; elle ne décide jamais à la place d'une personne.\"}")
                .when()
                .patch(base() + "/" + id)
                .then()
                .statusCode(200)
                .body("content.principles", containsString("ne décide jamais"))
                .body("content.contactAddress", equalTo("ia@asbl.be"));
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", etag)
                .body("{\"principles\":\"Autre\"}")
                .when()
                .patch(base() + "/" + id)
                .then()
                .statusCode(412);
    }

    @Test
    @Order(4)
    @TestSecurity(user = World.ADMIN)
    void onlyACommitteeDecisionPublishesAndThePublicSeesNoDraft() {
        String id = given().when().get(base()).then().extract().path("items[0].id");
        given().header("If-Match", etag(id))
                .when()
                .post(base() + "/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", etag(id))
                .body("{\"principles\":\"Autre\"}")
                .when()
                .patch(base() + "/" + id)
                .then()
                .statusCode(409)
                .body("type", containsString("statement-frozen"));
        given().when().get(publicBase()).then().statusCode(404);

        decide(id, "APPROVED");

        given().when()
                .get(base() + "/" + id)
                .then()
                .body("status", equalTo("PUBLISHED"))
                .body("publishedByDecision", not(equalTo(null)));
        given().when()
                .get("/api/v1/organisations/" + scene.org() + "/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItem("ai-transparency.published"));
    }

    @Test
    @Order(5)
    void thePublicReadsTheStatementWithoutATokenAndNoMembersName() {
        Response json = given().when().get(publicBase());
        json.then()
                .statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", equalTo("public, max-age=300"))
                .body("version", equalTo(1))
                .body("content.entries[0].name", equalTo("Traduction des courriers aux familles"))
                .body("content.contactAddress", equalTo("ia@asbl.be"));
        assertThat(json.asString()).doesNotContain(MEMBER_NAME).doesNotContain("Verhaegen");
        String etag = json.header("ETag");
        given().header("If-None-Match", etag)
                .when()
                .get(publicBase())
                .then()
                .statusCode(304)
                .header("Cache-Control", equalTo("public, max-age=300"));

        Response html = given().accept("text/html")
                .header("Accept-Language", "en")
                .when()
                .get(publicBase());
        html.then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Language", "en");
        assertThat(html.asString())
                .contains("How we use artificial intelligence")
                .contains("L&#39;IA aide")
                .doesNotContain("<script")
                .doesNotContain(MEMBER_NAME);
        assertThat(given().accept("text/html")
                        .queryParam("lang", "fr")
                        .when()
                        .get(publicBase())
                        .asString())
                .contains("Notre usage de l&#39;intelligence artificielle");

        given().when()
                .get(publicBase() + "/algoritmeregister")
                .then()
                .statusCode(200)
                .body("standard_version", equalTo("1.0"))
                .body("algorithms", hasSize(1))
                .body("algorithms[0].status", equalTo("In gebruik"))
                .body("algorithms[0].lang", equalTo("nld"))
                .body("algorithms[0].contact_email", equalTo("ia@asbl.be"))
                .body("algorithms[0].source_id", equalTo(beneficiaries.toString()));
    }

    @Test
    @Order(6)
    @TestSecurity(user = World.ADMIN)
    void aNewVersionChangesThePublicStatementOnlyAfterItsDecisionAndTheOldOneStaysInHistory() {
        draft("{\"howToRaiseAConcern\":\"Appelez l'accueil : une personne répond.\"}")
                .then()
                .statusCode(201)
                .body("number", equalTo(2))
                .body("content.contactAddress", equalTo("ia@asbl.be"));
        String id = given().when().get(base()).then().extract().path("items[0].id");
        given().header("If-Match", etag(id))
                .when()
                .post(base() + "/" + id + "/submit")
                .then()
                .statusCode(200);
        given().when().get(publicBase()).then().body("version", equalTo(1));

        decide(id, "APPROVED");

        given().when()
                .get(publicBase())
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("content.howToRaiseAConcern", containsString("Appelez l'accueil"));
        given().when()
                .get(publicBase() + "/versions")
                .then()
                .statusCode(200)
                .body("versions", hasSize(2))
                .body("versions[0].version", equalTo(2))
                .body("versions[0].status", equalTo("PUBLISHED"))
                .body("versions[1].version", equalTo(1))
                .body("versions[1].status", equalTo("SUPERSEDED"));
    }

    @Test
    @Order(7)
    void aQuestionOnTheStatementBecomesAnAnonymousFeedbackItem() {
        given().contentType("application/json; charset=UTF-8")
                .body("{\"kind\":\"QUESTION\",\"useCaseId\":\"" + beneficiaries
                        + "\",\"text\":\"Qui lit les courriers traduits ?\"}")
                .when()
                .post(publicBase() + "/questions")
                .then()
                .statusCode(201)
                .body("kind", equalTo("QUESTION"));
        given().contentType("application/json; charset=UTF-8")
                .body("{\"kind\":\"QUESTION\",\"useCaseId\":\"" + internal + "\",\"text\":\"Et celui-ci ?\"}")
                .when()
                .post(publicBase() + "/questions")
                .then()
                .statusCode(400);
        given().contentType("application/json; charset=UTF-8")
                .body("{\"kind\":\"QUESTION\",\"text\":\"?\"}")
                .when()
                .post("/api/v1/public/organisations/no-such-organisation/ai-transparency/questions")
                .then()
                .statusCode(404);
    }

    @Test
    @Order(8)
    void theQuestionReachesTheFeedbackHandlersAtTheNextRelease() {
        List<FeedbackItem> released = QuarkusTransaction.requiringNew()
                .call(() -> feedbackItems
                        .released(
                                scene.organisation(),
                                FeedbackFilter.none(),
                                LocalDate.now().plusDays(2),
                                PageRequest.first(50))
                        .items());
        assertThat(released)
                .filteredOn(item -> item.kind() == FeedbackKind.QUESTION)
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.text()).contains("Qui lit les courriers traduits ?");
                    assertThat(item.about().subjectId()).isEqualTo(beneficiaries);
                });
    }

    @Test
    @Order(9)
    @TestSecurity(user = World.COMMITTEE)
    void aListedUseCaseChangedAfterPublicationPutsTheStatementOutOfDate() {
        assertThat(given().when()
                        .get("/api/v1/me/todo")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.kind", String.class))
                .doesNotContain("ai-transparency.out-of-date");
        QuarkusTransaction.requiringNew().run(() -> {
            UseCase listed = useCases.find(scene.organisation(), new UseCaseId(beneficiaries))
                    .orElseThrow();
            useCases.update(UseCaseBuilder.from(listed)
                    .in(UseCaseStatus.IN_USE)
                    .build()
                    .withDetails(UseCaseDetailsBuilder.aUseCase()
                            .titled("Traduction des courriers aux familles")
                            .withDescription("Traduit aussi les messages vocaux.")
                            .affecting(PeopleAffected.BENEFICIARIES)
                            .ownedBy(listed.details().owner())
                            .build()));
        });
        given().when()
                .get("/api/v1/me/todo")
                .then()
                .statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.hasItem("ai-transparency.out-of-date"));
        given().when()
                .get(publicBase())
                .then()
                .body("content.entries[0].whatItDoes", containsString("ne décide de rien"));
    }
}
