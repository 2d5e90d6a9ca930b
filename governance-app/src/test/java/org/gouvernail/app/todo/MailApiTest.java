package org.gouvernail.app.todo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.risk.ActionDetailsBuilder.anAction;
import static org.gouvernail.domain.risk.RiskBuilder.aStoredRisk;
import static org.gouvernail.domain.risk.RiskDetailsBuilder.aRisk;
import static org.hamcrest.Matchers.equalTo;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.risk.ActionId;
import org.gouvernail.domain.risk.MitigationAction;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.port.out.Risks;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Deadlines;
import org.gouvernail.domain.todo.port.in.Reminders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End-to-end test of the e-mails through a real SMTP server (GreenMail, embedded): a person chooses a
 * daily digest in English, receives it once however many runs follow, receives one urgent reminder
 * for a deadline of today, and unsubscribes with one click (RFC 8058) without signing in.
 */
@QuarkusTest
class MailApiTest {

    private static final String PERSON = "mila";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(
            Integer.parseInt(System.getenv().getOrDefault("GOUVERNAIL_TEST_SMTP_PORT", "39025")),
            "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));

    @Inject
    World world;

    @Inject
    Memberships memberships;

    @Inject
    Risks risks;

    @Inject
    Reminders reminders;

    @ConfigProperty(name = "gouvernail.mail.public-url")
    String publicUrl;

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(recipient -> recipient.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String part(MimeMessage message, String type) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart inner) {
                for (int j = 0; j < inner.getCount(); j++) {
                    if (inner.getBodyPart(j).isMimeType(type)) {
                        return (String) inner.getBodyPart(j).getContent();
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " part in " + GreenMailUtil.getWholeMessage(message));
    }

    @Test
    @TestSecurity(user = PERSON)
    void aPersonReceivesHerDigestOnceAnUrgentReminderOnceAndUnsubscribesInOneClick() throws Exception {
        OrganisationId organisation = world.association(PERSON);
        MemberId mila =
                memberships.findActive(organisation, PERSON).orElseThrow().id();
        ActionId action = new ActionId(UUID.randomUUID());
        QuarkusTransaction.requiringNew()
                .run(() -> risks.add(aStoredRisk()
                        .withId(new RiskId(UUID.randomUUID()))
                        .of(organisation)
                        .withDetails(aRisk().titled("Fuite")
                                .withDescription("Texte confidentiel du registre")
                                .ownedBy(mila)
                                .build())
                        .withActions(List.of(new MitigationAction(
                                action,
                                anAction("Former <b>l'équipe</b> & les bénévoles")
                                        .ownedBy(mila)
                                        .due(Deadlines.dayOf(Instant.now()))
                                        .build())))
                        .raisedBy(mila)
                        .build()));
        String address = World.email(PERSON);

        given().when()
                .get("/api/v1/me/notification-preferences")
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("digest", equalTo("WEEKLY"))
                .body("immediateReminders", equalTo(true));
        given().contentType("application/json")
                .body("{\"digest\":\"DAILY\",\"language\":\"en\",\"immediateReminders\":true}")
                .when()
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(428);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"digest\":\"DAILY\",\"language\":\"en\",\"immediateReminders\":true}")
                .when()
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("digest", equalTo("DAILY"))
                .body("language", equalTo("en"));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body("{\"digest\":\"DAILY\",\"language\":\"en\",\"immediateReminders\":true}")
                .when()
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(412);
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body("{\"digest\":\"HOURLY\",\"language\":\"en\",\"immediateReminders\":true}")
                .when()
                .put("/api/v1/me/notification-preferences")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        // two instances run at once: the sent_notice claim lets one of them send
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(reminders::sendDigests);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(reminders::sendDigests);
        CompletableFuture.allOf(one, other).join();
        List<MimeMessage> digests = mailsTo(address);
        assertThat(digests).hasSize(1);
        MimeMessage digest = digests.get(0);
        assertThat(digest.getSubject()).isEqualTo("Gouvernail: 1 to do today");
        String text = part(digest, "text/plain");
        String html = part(digest, "text/html");
        System.out.println("MAIL-EXAMPLE " + GreenMailUtil.getWholeMessage(digest));
        assertThat(text)
                .contains("Hello " + PERSON)
                .contains("- Complete the mitigation action « Former <b>l'équipe</b> & les bénévoles »")
                .contains(publicUrl + "/api/v1/organisations/" + organisation + "/risks/");
        assertThat(html)
                .contains("Former &lt;b&gt;l&#39;équipe&lt;/b&gt; &amp; les bénévoles")
                .doesNotContain("<b>l'équipe</b>");
        assertThat(text + html).as("only the item's title, never a free text").doesNotContain("Texte confidentiel");
        String unsubscribe = digest.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe)
                .startsWith("<" + publicUrl + "/api/v1/unsubscribe/")
                .endsWith(">");
        assertThat(digest.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(digest.getFrom()[0].toString()).contains("noreply@gouvernail.localhost");

        reminders.sendDigests();
        assertThat(mailsTo(address)).as("one digest a day, however many runs").hasSize(1);

        reminders.sendUrgentReminders();
        reminders.sendUrgentReminders();
        List<MimeMessage> all = mailsTo(address);
        assertThat(all).as("the digest and one urgent reminder").hasSize(2);
        assertThat(all.get(1).getSubject()).isEqualTo("Gouvernail: a deadline within 24 hours");
        assertThat(part(all.get(1), "text/plain")).contains("Former <b>l'équipe</b>");

        String path = unsubscribe.substring(1 + publicUrl.length(), unsubscribe.length() - 1);
        given().auth()
                .none()
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html"));
        given().auth()
                .none()
                .contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .when()
                .post(path)
                .then()
                .statusCode(200);
        given().when()
                .get("/api/v1/me/notification-preferences")
                .then()
                .statusCode(200)
                .body("digest", equalTo("NONE"))
                .body("immediateReminders", equalTo(false));
        given().auth()
                .none()
                .when()
                .post("/api/v1/unsubscribe/unknown-token")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
