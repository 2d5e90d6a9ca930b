package org.gouvernail.app.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gouvernail.domain.organisation.MemberDetailsBuilder.aMember;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javax.sql.DataSource;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.in.OrganisationManagement;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

/**
 * The anonymity of anonymous feedback, as an engineering property: after a known member submits
 * an anonymous item (with a receipt and an Idempotency-Key header), no column of any table of the
 * database, read as text, and no line the application logged holds more occurrences of the
 * member's subject, name, e-mail or membership id than before; the item's id is a random UUIDv4;
 * its audit row names "anonymous" at midnight of the day.
 */
@QuarkusTest
class FeedbackAnonymityTest {

    static final String SUBJECT = "f3b1c9e2-anon-reporter-subject";
    static final String NAME = "Zéphyrine Quelquechose";
    static final String EMAIL = "zephyrine.q@anon-reporter.example";

    @Inject
    World world;

    @Inject
    OrganisationManagement organisations;

    @Inject
    DataSource dataSource;

    /** Every line logged while it is installed, with its parameters. */
    static final class CapturedLog extends Handler {

        private final SimpleFormatter formatter = new SimpleFormatter();
        final List<String> lines = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(String.valueOf(formatter.formatMessage(record)));
            line.append(' ').append(record.getMessage());
            if (record.getParameters() != null) {
                line.append(' ').append(Arrays.toString(record.getParameters()));
            }
            if (record.getThrown() != null) {
                line.append(' ').append(record.getThrown());
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    @Test
    @TestSecurity(user = SUBJECT)
    @OidcSecurity(
            claims = {
                @Claim(key = "sub", value = SUBJECT),
                @Claim(key = "email", value = EMAIL),
                @Claim(key = "email_verified", value = "true"),
                @Claim(key = "name", value = NAME)
            })
    void anAnonymousSubmissionLeavesNoTraceOfItsAuthorInAnyTableNorInTheLog() throws SQLException {
        OrganisationId organisation = world.association(World.ADMIN);
        organisations.addMember(
                World.caller(World.ADMIN),
                organisation,
                aMember()
                        .withEmail(EMAIL)
                        .named(NAME)
                        .as(PersonType.VOLUNTEER)
                        .withRoles(Role.CONTRIBUTOR)
                        .build());
        Membership author = organisations.me(new Caller(SUBJECT, EMAIL, true, NAME, false)).stream()
                .filter(mine -> mine.organisation().id().equals(organisation))
                .findFirst()
                .orElseThrow()
                .membership();
        List<String> needles = List.of(SUBJECT, NAME, EMAIL, author.id().toString());
        String text = "Texte du signalement " + UUID.randomUUID();

        Map<String, Long> before = occurrences(needles);
        assertThat(before)
                .as("the scan finds the member's own traces (membership, audit of the invitation)")
                .containsKeys(
                        "membership.subject ∋ " + SUBJECT,
                        "membership.email ∋ " + EMAIL,
                        "membership.display_name ∋ " + NAME);

        CapturedLog log = new CapturedLog();
        Logger root = Logger.getLogger("");
        root.addHandler(log);
        JsonPath answer;
        try {
            answer = given().contentType("application/json")
                    .header("Idempotency-Key", "anonymous-" + UUID.randomUUID())
                    .header("User-Agent", "Navigateur-De-Zephyrine/1.0")
                    .body("{\"kind\":\"CONCERN\",\"text\":\"" + text + "\",\"receipt\":true}")
                    .when()
                    .post("/api/v1/organisations/" + organisation + "/feedback/anonymous")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();
            // a refusal is logged too (the application's warnings): the log is read after both
            given().contentType("application/json")
                    .body("{\"kind\":\"NOPE\",\"text\":\"x\"}")
                    .when()
                    .post("/api/v1/organisations/" + organisation + "/feedback/anonymous")
                    .then()
                    .statusCode(400);
            org.jboss.logging.Logger.getLogger(FeedbackAnonymityTest.class).warn("capture-sentinel");
        } finally {
            root.removeHandler(log);
        }
        assertThat(log.lines)
                .as("the capture sees what the application logs")
                .anyMatch(line -> line.contains("capture-sentinel"));

        Map<String, Long> after = occurrences(needles);
        assertThat(after)
                .as("occurrences of the author's subject, name, e-mail and member id, column by column")
                .isEqualTo(before);
        assertThat(occurrences(List.of(text)))
                .as("the scan does find what was stored: the text, in feedback_item only")
                .containsOnlyKeys("feedback_item.text ∋ " + text);
        assertThat(log.lines)
                .as("log lines naming the author")
                .noneMatch(line -> needles.stream().anyMatch(line::contains))
                .noneMatch(line -> line.contains("Navigateur-De-Zephyrine"));

        UUID id = UUID.fromString(answer.getString("id"));
        assertThat(id.version())
                .as("a random id (UUIDv4), not a time-ordered one")
                .isEqualTo(4);
        assertThat(answer.getString("receipt")).matches("[0-9]{16}");
        assertThat(occurrences(List.of(answer.getString("receipt"))))
                .as("the receipt itself is stored nowhere")
                .isEmpty();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement audit = connection.prepareStatement(
                        "select actor_subject, actor_name, occurred_at, id from audit_event where subject_id = ?")) {
            audit.setString(1, id.toString());
            try (ResultSet row = audit.executeQuery()) {
                assertThat(row.next()).as("the submission is audited").isTrue();
                assertThat(row.getString(1)).isEqualTo("anonymous");
                assertThat(row.getString(2)).isEqualTo("anonymous");
                assertThat(row.getTimestamp(3).toInstant())
                        .as("dated to the day")
                        .isEqualTo(LocalDate.now(ZoneOffset.UTC)
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant());
                assertThat(UUID.fromString(row.getString(4)).version()).isEqualTo(4);
            }
        }
    }

    /**
     * For every column of every table of the schema, read as text, how many rows contain each
     * needle ("table.column ∋ needle" → count; only counts above zero are kept).
     */
    private Map<String, Long> occurrences(List<String> needles) throws SQLException {
        Map<String, Long> found = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement query =
                            connection.prepareStatement("select table_name, column_name from information_schema.columns"
                                    + " where table_schema = database() order by table_name, ordinal_position");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            assertThat(columns).as("columns scanned").hasSizeGreaterThan(100);
            for (String[] column : columns) {
                for (String needle : needles) {
                    String sql = "select count(*) from `" + column[0] + "` where cast(`" + column[1]
                            + "` as char) like concat('%', ?, '%')";
                    try (PreparedStatement count = connection.prepareStatement(sql)) {
                        count.setString(1, needle);
                        try (ResultSet result = count.executeQuery()) {
                            result.next();
                            long n = result.getLong(1);
                            if (n > 0) {
                                found.put(column[0] + "." + column[1] + " ∋ " + needle, n);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
