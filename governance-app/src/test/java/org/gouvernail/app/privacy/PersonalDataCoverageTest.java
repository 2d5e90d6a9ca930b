package org.gouvernail.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.All;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.junit.jupiter.api.Test;

/**
 * Every column of the schema that points at a person (a foreign key to a membership) or may name one
 * (member, subject, e-mail, name, author, owner... in its name) is read by a {@link PersonalDataSource},
 * or is listed below as not personal, with the reason. A new table with such a column fails here until
 * its area's source covers it.
 */
@QuarkusTest
class PersonalDataCoverageTest {

    /** Columns whose name looks personal but that hold no personal data, each with why. */
    static final Map<String, String> NOT_PERSONAL = Map.ofEntries(
            Map.entry("organisation.name", "the organisation's name, a legal person's"),
            Map.entry("ai_tool.name", "a product's name"),
            Map.entry("catalogue_entry.name", "a product's name, in a federation's catalogue"),
            Map.entry("decision.subject", "what a decision is about, a code (TOOL, USE_CASE...)"),
            Map.entry("audit_event.subject_type", "the kind of record an audit row is about"),
            Map.entry("audit_event.subject_id", "the record an audit row is about (a member's id only as a record id)"),
            Map.entry("outbox_event.subject_type", "the kind of record an event is about"),
            Map.entry("outbox_event.subject_id", "the record an event is about"),
            Map.entry("communication_action_subject.subject_kind", "the kind of record a message concerns"),
            Map.entry("communication_action_subject.subject_id", "a tool, use case or policy the message concerns"),
            Map.entry("usage_rule.subject_kind", "what a policy rule governs (a tool category...)"),
            Map.entry("usage_rule.subject_code", "the code of what a rule governs"),
            Map.entry("training_module.provider_name", "a training provider, an organisation"),
            Map.entry("meeting_agenda_item.request_id", "an approval request, listed with its requester elsewhere"),
            Map.entry("approval_request.subject_id", "the tool or use case a request is about"),
            Map.entry("decision.subject_id", "the tool or use case a decision is about"),
            Map.entry(
                    "feedback_message.author",
                    "who wrote a message of a thread as a role (AUTHOR or HANDLER), never a person; the handler"
                            + " is feedback_message.handler_id"),
            Map.entry("webhook_delivery.event_type", "an event type code"),
            Map.entry("flyway_schema_history.installed_by", "the database account that ran a migration"),
            Map.entry("incident_duty.authority", "the supervisory authority notified, a public body"),
            Map.entry("policy_version.published_by", "the decision that published a version, not a person"),
            Map.entry("training_record_void.replaced_by", "the training record that replaces a voided one"),
            Map.entry("risk.accepted_by_decision", "the decision that accepted a risk, not a person"),
            Map.entry("organisation_closure.claimed_by", "the API instance deleting a closed organisation"),
            Map.entry("organisation_receipt.name", "a deleted organisation's name, a legal person's"),
            Map.entry("review.subject_type", "the kind of record a committee review is about"),
            Map.entry("review.subject_id", "the record a committee review is about (a tool, risk, policy version...)"),
            Map.entry("review.subject_count", "how many records a grouped review covers, a number"));

    @Inject
    @All
    List<PersonalDataSource> sources;

    @Inject
    DataSource dataSource;

    @Test
    void everyColumnThatPointsAtOrNamesAPersonIsReadByASourceOrAllowedWithItsReason() throws SQLException {
        Set<String> covered = new TreeSet<>();
        sources.forEach(source -> covered.addAll(source.columns()));
        Set<String> personal = personalColumns();
        assertThat(personal).as("the schema's personal columns").hasSizeGreaterThan(30);

        Set<String> uncovered = new TreeSet<>(personal);
        uncovered.removeAll(covered);
        uncovered.removeAll(NOT_PERSONAL.keySet());
        assertThat(uncovered).as("personal columns no PersonalDataSource reads").isEmpty();

        Set<String> stale = new TreeSet<>(covered);
        stale.addAll(NOT_PERSONAL.keySet());
        stale.removeAll(allColumns());
        assertThat(stale).as("declared columns the schema does not have").isEmpty();
    }

    /** Foreign keys to membership, and columns named like a person's data. */
    private Set<String> personalColumns() throws SQLException {
        return query("""
                select k.table_name, k.column_name from information_schema.key_column_usage k
                where k.table_schema = database() and k.referenced_table_name = 'membership'
                and k.column_name <> 'organisation_id'
                union
                select c.table_name, c.column_name from information_schema.columns c
                where c.table_schema = database() and (c.column_name like '%member_id%' or c.column_name like '%subject%'
                      or c.column_name like '%email%' or c.column_name like '%name%' or c.column_name like '%author%'
                      or c.column_name like '%owner%' or c.column_name like '%_by' or c.column_name like 'actor%'
                      or c.column_name like '%sender%' or c.column_name like '%handler%')""");
    }

    private Set<String> allColumns() throws SQLException {
        return query("select table_name, column_name from information_schema.columns where table_schema = database()");
    }

    private Set<String> query(String sql) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                columns.add(rows.getString(1) + "." + rows.getString(2));
            }
        }
        return columns;
    }
}
