package org.gouvernail.app.todo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.gouvernail.app.support.World;
import org.gouvernail.app.todo.ToDoScene.Seeded;
import org.gouvernail.domain.todo.Deadlines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End-to-end test of the calendar feed: a person issues a token, a calendar application reads the
 * feed with the token alone, and an independent iCalendar parser (ical4j) reads it back; rotating
 * the token or revoking it makes the old address a 404.
 */
@QuarkusTest
class CalendarApiTest {

    private static Seeded seeded;

    @Inject
    ToDoScene scene;

    @BeforeEach
    void setUp() {
        if (seeded == null) {
            seeded = scene.seed();
        }
    }

    private static String feed(String token) {
        return given().when()
                .get("/api/v1/me/calendar.ics?token=" + token + "&lang=en")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .extract()
                .asString();
    }

    @Test
    @TestSecurity(user = World.CONTRIBUTOR)
    void aCalendarApplicationReadsTheFeedWithTheTokenAloneUntilItIsRotatedOrRevoked() throws Exception {
        JsonPath issued = given().when()
                .post("/api/v1/me/calendar-token")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String token = issued.getString("token");
        assertThat(token).hasSize(43);
        assertThat(issued.getString("feedUrl")).endsWith("/api/v1/me/calendar.ics?token=" + token);
        given().when()
                .get("/api/v1/me/calendar-token")
                .then()
                .statusCode(200)
                .body("token", nullValue())
                .body("issuedAt", equalTo(issued.getString("issuedAt")));

        String ics = given().auth()
                .none()
                .when()
                .get("/api/v1/me/calendar.ics?token=" + token + "&lang=en")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .extract()
                .asString();
        System.out.println("CALENDAR-EXAMPLE GET /api/v1/me/calendar.ics?token=…&lang=en →\n" + ics);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as("octets of the line %s", line)
                    .isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\n");
        }

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors())
                .as("%s", calendar.validate())
                .isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent action = events.stream()
                .filter(event -> event.getUid()
                        .orElseThrow()
                        .getValue()
                        .equals("risk-action.complete-" + seeded.action() + "@gouvernail"))
                .findFirst()
                .orElseThrow();
        assertThat(action.getSummary().getValue()).isEqualTo("Complete the mitigation action « Former l'équipe »");
        LocalDate due = Deadlines.dayOf(java.time.Instant.now()).minusDays(2);
        assertThat(action.getDateTimeStart().getValue())
                .isEqualTo(due.toString().replace("-", ""));
        assertThat(events)
                .extracting(event -> event.getUid().orElseThrow().getValue())
                .contains("risk.review-" + seeded.risk() + "@gouvernail")
                .doesNotHaveDuplicates();
        assertThat(feed(token))
                .as("the UIDs are stable from one read to the next")
                .contains("UID:risk.review-" + seeded.risk() + "@gouvernail");

        String rotated = given().when()
                .post("/api/v1/me/calendar-token")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        given().when()
                .get("/api/v1/me/calendar.ics?token=" + token)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        feed(rotated);

        given().when().delete("/api/v1/me/calendar-token").then().statusCode(204);
        given().when()
                .get("/api/v1/me/calendar.ics?token=" + rotated)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/me/calendar-token").then().statusCode(404);
        given().when()
                .delete("/api/v1/me/calendar-token")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownOrMissingTokenIsA404Problem() {
        given().when()
                .get("/api/v1/me/calendar.ics?token=not-a-token")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/me/calendar.ics").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void issuingATokenNeedsToSignIn() {
        given().when().post("/api/v1/me/calendar-token").then().statusCode(401);
    }
}
