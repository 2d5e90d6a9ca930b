package org.gouvernail.app.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gouvernail.app.support.World;
import org.gouvernail.app.support.World.Scene;
import org.gouvernail.domain.feedback.FeedbackDraft;
import org.gouvernail.domain.feedback.FeedbackItem;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.IdentityMode;
import org.gouvernail.domain.feedback.port.in.FeedbackBox;
import org.gouvernail.domain.feedback.port.in.FeedbackBox.FollowUpRequest.NewRisk;
import org.gouvernail.domain.feedback.port.out.FeedbackItems;
import org.gouvernail.domain.risk.RiskDraft;
import org.junit.jupiter.api.Test;

/**
 * "You said, we did": every member reads the counts of the period by kind, outcome and follow-up,
 * and quotes of the items whose reporter consented only (an anonymous reporter too, once the item is
 * released), never with an identity, an id or a date.
 */
@QuarkusTest
class FeedbackDigestApiTest {

    @Inject
    World world;

    @Inject
    FeedbackBox box;

    @Inject
    FeedbackItems items;

    @Inject
    Clock clock;

    private FeedbackItem submit(FeedbackKind kind, String text, IdentityMode mode, boolean consent) {
        return box.submit(
                World.caller(World.CONTRIBUTOR),
                scene.organisation(),
                new FeedbackDraft(kind, null, text, null, consent),
                mode);
    }

    private Scene scene;

    @Test
    @TestSecurity(user = World.VIEWER)
    void everyMemberReadsCountsAndOnlyTheConsentedQuotes() {
        scene = world.scene();
        LocalDate today = LocalDate.now(clock);
        FeedbackItem acted =
                submit(FeedbackKind.CONCERN, "Des notes de suivi dans ChatGPT", IdentityMode.IDENTIFIED, true);
        FeedbackItem hidden =
                submit(FeedbackKind.CONCERN, "Texte confidentiel sans accord", IdentityMode.CONFIDENTIAL, false);
        FeedbackItem dismissed =
                submit(FeedbackKind.SUGGESTION, "Une suggestion hors sujet", IdentityMode.IDENTIFIED, false);
        // an anonymous reporter consents too; released the next day, so received yesterday here
        QuarkusTransaction.requiringNew()
                .run(() -> items.add(FeedbackItem.submitAnonymously(
                        FeedbackItemId.random(),
                        scene.organisation(),
                        new FeedbackDraft(
                                FeedbackKind.SUCCESS_STORY, null, "Le résumé automatique nous aide", null, true),
                        null,
                        today.minusDays(1))));
        // received today: not yet released to anyone, not in the digest
        box.submitAnonymously(
                World.caller(World.CONTRIBUTOR),
                scene.organisation(),
                new FeedbackDraft(FeedbackKind.QUESTION, null, "Question anonyme du jour", null, true),
                false);
        box.followUp(
                World.caller(World.DATA_REFERENT),
                scene.organisation(),
                acted.id(),
                new NewRisk(new RiskDraft(
                        "R01", null, null, null, null, null, null, java.util.Set.of(), null, null, true)));
        box.dismiss(World.caller(World.DATA_REFERENT), scene.organisation(), dismissed.id(), 0, "Hors sujet");

        String body = given().when()
                .get("/api/v1/organisations/" + scene.org() + "/feedback/digest?from=" + today.minusDays(7) + "&to="
                        + today)
                .then()
                .statusCode(200)
                .body("received", equalTo(4))
                .body("byKind.CONCERN", equalTo(2))
                .body("byKind.SUGGESTION", equalTo(1))
                .body("byKind.SUCCESS_STORY", equalTo(1))
                .body("byKind.QUESTION", equalTo(0))
                .body("byOutcome.ACTED_ON", equalTo(1))
                .body("byOutcome.DISMISSED", equalTo(1))
                .body("byOutcome.RECEIVED", equalTo(2))
                .body("actedOnWith.RISK", equalTo(1))
                .extract()
                .asString();
        JsonPath json = JsonPath.from(body);
        List<Map<String, Object>> quotes = json.getList("quotes");
        assertThat(quotes)
                .extracting(quote -> quote.get("text"))
                .containsExactlyInAnyOrder("Des notes de suivi dans ChatGPT", "Le résumé automatique nous aide");
        assertThat(quotes)
                .allSatisfy(quote ->
                        assertThat(quote.keySet()).containsExactlyInAnyOrder("kind", "text", "outcome", "actedOnWith"));
        assertThat(body)
                .doesNotContain("Texte confidentiel sans accord")
                .doesNotContain("Une suggestion hors sujet")
                .doesNotContain("Question anonyme du jour")
                .doesNotContain(acted.id().toString())
                .doesNotContain(acted.author().toString());
        assertThat(hidden.quoteConsent()).isFalse();
    }

    @Test
    @TestSecurity(user = World.VIEWER)
    void aPeriodIsOneYearAtMostAndInOrder() {
        scene = world.scene();
        String base = "/api/v1/organisations/" + scene.org() + "/feedback/digest";
        given().when().get(base + "?from=2026-05-01&to=2026-04-01").then().statusCode(400);
        given().when().get(base + "?from=2024-01-01&to=2026-04-01").then().statusCode(400);
        given().when().get(base + "?from=2026-13-01").then().statusCode(400);
        given().when().get(base).then().statusCode(200).body("received", equalTo(0));
    }
}
