package org.gouvernail.app.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gouvernail.app.demo.DemoData;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.exit.ClosureReceipt;
import org.gouvernail.domain.exit.ImportReport;
import org.gouvernail.domain.exit.OrganisationArchive;
import org.gouvernail.domain.exit.port.in.OrganisationExit;
import org.gouvernail.domain.exit.port.in.PrintableDocuments;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * The organisation exit end to end, on the demo association (a row in every register the demo fills):
 * export, closure, deletion by the job, receipt, import of the archive, and a second export that
 * compares with the first table by table. After the deletion, a scan of every organisation_id column
 * of the schema finds the organisation nowhere, and the other organisations lost nothing.
 */
@QuarkusTest
class OrganisationExitRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller ADMIN =
            new Caller("exit-round-trip-admin", "exit-admin@test.gouvernail.org", true, "Exit Admin", false);
    private static final Caller PLATFORM = new Caller("exit-platform-admin", null, false, "Platform", true);

    @Inject
    DemoData demo;

    @Inject
    World world;

    @Inject
    OrganisationExit exit;

    /** The REST front end's documents (every policy version as its printable page). */
    @Inject
    PrintableDocuments documents;

    @Inject
    Memberships memberships;

    @Inject
    IdGenerator ids;

    @Inject
    Clock clock;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anOrganisationLeavesIsDeletedWithoutTraceAndComesBackEqualFromItsArchive() throws Exception {
        org.gouvernail.app.demo.DemoSeed.seed(demo);
        OrganisationId entraide = new OrganisationId(
                UUID.fromString(single("SELECT id FROM organisation WHERE slug = 'entraide-quartier'")));
        QuarkusTransaction.requiringNew().run(() -> {
            if (memberships.findActive(entraide, ADMIN.subject()).isEmpty()) {
                memberships.add(Membership.founder(new MemberId(ids.next()), entraide, ADMIN, clock.instant()));
            }
        });
        Map<String, Long> othersBefore = otherOrganisationsRows(entraide);

        OrganisationArchive first = exit.export(ADMIN, entraide, documents);
        Map<String, JsonNode> before = tables(first.bytes());
        assertThat(before.keySet())
                .as("registers of the demo in the archive")
                .contains(
                        "organisation",
                        "membership",
                        "membership_role",
                        "ai_tool",
                        "risk",
                        "risk_action",
                        "committee",
                        "meeting",
                        "decision",
                        "policy",
                        "policy_version",
                        "usage_rule",
                        "feedback_item",
                        "incident",
                        "communication_plan",
                        "training_module",
                        "training_session",
                        "training_record",
                        "audit_event");
        assertThat(before.values().stream()
                        .filter(table -> table.path("rows").size() > 0)
                        .count())
                .as("tables with rows")
                .isGreaterThanOrEqualTo(20);
        Map<String, byte[]> files = unzip(first.bytes());
        assertThat(files.keySet()).anyMatch(path -> path.startsWith("documents/policies/"));
        assertThat(new String(files.get("csv/membership.csv"), StandardCharsets.UTF_8))
                .contains("Exit Admin");

        // closing: the grace period, cut short here, then the job deletes everything in batches
        exit.close(ADMIN, entraide);
        execute("UPDATE organisation_closure SET delete_after = NOW(6) - INTERVAL 1 DAY WHERE organisation_id = '"
                + entraide + "'");
        assertThat(exit.deleteDueOrganisations()).isEqualTo(1);
        assertThat(exit.deleteDueOrganisations()).isZero();
        assertThat(rowsWithOrganisationId(entraide))
                .as("rows left with the organisation's id")
                .isEmpty();
        assertThat(otherOrganisationsRows(entraide))
                .as("the other organisations")
                .isEqualTo(othersBefore);

        ClosureReceipt receipt = exit.receipt(PLATFORM, entraide.value());
        assertThat(receipt.name()).isEqualTo("Entraide Quartier asbl");
        assertThat(receipt.lastExportSha256()).isEqualTo(first.sha256());
        long exportedRows = before.values().stream()
                .mapToLong(table -> table.path("rows").size())
                .sum();
        // the closure row and the two audit rows written after the export (exported, closure requested)
        assertThat(receipt.totalRows()).isEqualTo(exportedRows + 3);

        // another instance (here: this one, where it no longer exists) imports the archive
        assertThatThrownBy(() -> exit.importArchive(ADMIN, first.bytes())).hasMessageContaining("import-organisation");
        ImportReport report = exit.importArchive(PLATFORM, first.bytes());
        assertThat(report.organisationId()).isEqualTo(entraide);
        assertThat(report.rowCounts().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(exportedRows);
        assertThatThrownBy(() -> exit.importArchive(PLATFORM, first.bytes()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already exists");

        Map<String, JsonNode> after =
                tables(exit.export(ADMIN, entraide, PrintableDocuments.NONE).bytes());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String table : before.keySet()) {
            JsonNode rows = after.get(table).path("rows");
            if (table.equals("audit_event")) {
                rows = withoutAction(rows, after.get(table), "organisation.imported");
            }
            assertThat(rows).as(table).isEqualTo(before.get(table).path("rows"));
        }
    }

    @Test
    void anAlteredArchiveIsRefused() throws Exception {
        OrganisationId id = world.association("exit-tamper");
        byte[] archive = exit.export(World.caller("exit-tamper"), id, PrintableDocuments.NONE)
                .bytes();
        Map<String, byte[]> files = unzip(archive);
        files.put(
                "data/membership.json",
                new String(files.get("data/membership.json"), StandardCharsets.UTF_8)
                        .replaceFirst("\"rows\"", "\"rows\" ")
                        .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> exit.importArchive(PLATFORM, zip(files)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("data/membership.json");
        Map<String, byte[]> extra = unzip(archive);
        extra.put("data/extra.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> exit.importArchive(PLATFORM, zip(extra)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("not in the manifest");
        assertThatThrownBy(() -> exit.importArchive(PLATFORM, "not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInput.class);
    }

    private static JsonNode withoutAction(JsonNode rows, JsonNode table, String action) {
        int column = 0;
        for (JsonNode name : table.path("columns")) {
            if (name.asText().equals("action")) {
                break;
            }
            column++;
        }
        com.fasterxml.jackson.databind.node.ArrayNode kept = JSON.createArrayNode();
        for (JsonNode row : rows) {
            if (!row.get(column).asText().equals(action)) {
                kept.add(row);
            }
        }
        return kept;
    }

    /** Every table with an organisation_id column (information_schema), and the rows there with this id. */
    private Map<String, Long> rowsWithOrganisationId(OrganisationId id) throws SQLException {
        Map<String, Long> left = new TreeMap<>();
        for (String table : organisationIdTables()) {
            long count = count("SELECT COUNT(*) FROM " + table + " WHERE organisation_id = ?", id.toString());
            if (count > 0) {
                left.put(table, count);
            }
        }
        long organisation = count("SELECT COUNT(*) FROM organisation WHERE id = ?", id.toString());
        if (organisation > 0) {
            left.put("organisation", organisation);
        }
        return left;
    }

    private Map<String, Long> otherOrganisationsRows(OrganisationId id) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        for (String table : organisationIdTables()) {
            rows.put(table, count("SELECT COUNT(*) FROM " + table + " WHERE organisation_id <> ?", id.toString()));
        }
        rows.put("organisation", count("SELECT COUNT(*) FROM organisation WHERE id <> ?", id.toString()));
        rows.put(
                "membership_role",
                count(
                        "SELECT COUNT(*) FROM membership_role r JOIN membership m"
                                + " ON m.id = r.membership_id WHERE m.organisation_id <> ?",
                        id.toString()));
        return rows;
    }

    private List<String> organisationIdTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT c.TABLE_NAME FROM information_schema.COLUMNS c"
                        + " JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA"
                        + " AND t.TABLE_NAME = c.TABLE_NAME WHERE c.TABLE_SCHEMA = DATABASE()"
                        + " AND t.TABLE_TYPE = 'BASE TABLE' AND c.COLUMN_NAME = 'organisation_id'")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        assertThat(tables).hasSizeGreaterThan(30);
        return tables;
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private String single(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static Map<String, JsonNode> tables(byte[] archive) throws IOException {
        Map<String, JsonNode> tables = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : unzip(archive).entrySet()) {
            if (file.getKey().startsWith("data/")) {
                JsonNode table = JSON.readTree(file.getValue());
                tables.put(table.path("table").asText(), table);
            }
        }
        return tables;
    }

    static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
