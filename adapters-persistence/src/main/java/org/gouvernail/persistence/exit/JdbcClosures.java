package org.gouvernail.persistence.exit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gouvernail.domain.exit.Closure;
import org.gouvernail.domain.exit.ClosureReceipt;
import org.gouvernail.domain.exit.port.out.Closures;
import org.gouvernail.domain.shared.OrganisationId;

/** Persistence adapter: organisation_closure and organisation_receipt, in the caller's transaction. */
@ApplicationScoped
public class JdbcClosures implements Closures {

    private static final Pattern SHA256 = Pattern.compile("sha256: ([0-9a-f]{64})");

    private final AgroalDataSource dataSource;

    public JdbcClosures(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Closure> find(OrganisationId organisationId) {
        return query(
                        "SELECT organisation_id, requested_at, requested_by, delete_after FROM organisation_closure"
                                + " WHERE organisation_id = ?",
                        organisationId.toString())
                .stream()
                .findFirst()
                .map(row -> new Closure(
                        new OrganisationId(UUID.fromString((String) row[0])),
                        (Instant) row[1],
                        (String) row[2],
                        (Instant) row[3]));
    }

    @Override
    public void add(Closure closure) {
        update(
                "INSERT INTO organisation_closure (organisation_id, requested_at, requested_by, delete_after)"
                        + " VALUES (?, ?, ?, ?)",
                closure.organisationId().toString(),
                closure.requestedAt(),
                closure.requestedBy(),
                closure.deleteAfter());
    }

    @Override
    public void remove(OrganisationId organisationId) {
        update("DELETE FROM organisation_closure WHERE organisation_id = ?", organisationId.toString());
    }

    @Override
    public List<OrganisationId> due(Instant now, int limit) {
        List<OrganisationId> due = new ArrayList<>();
        for (Object[] row : query(
                "SELECT organisation_id FROM organisation_closure WHERE delete_after <= ?"
                        + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY delete_after LIMIT " + limit,
                now,
                now)) {
            due.add(new OrganisationId(UUID.fromString((String) row[0])));
        }
        return due;
    }

    @Override
    public boolean claim(OrganisationId organisationId, String instance, Instant now, Instant until) {
        return update(
                        "UPDATE organisation_closure SET claimed_by = ?, claimed_until = ? WHERE organisation_id = ?"
                                + " AND delete_after <= ? AND (claimed_until IS NULL OR claimed_until < ? OR claimed_by = ?)",
                        instance,
                        until,
                        organisationId.toString(),
                        now,
                        now,
                        instance)
                == 1;
    }

    @Override
    public void recordTally(OrganisationId organisationId, Map<String, Long> counts) {
        update(
                "UPDATE organisation_closure SET row_counts = ?, last_export_sha256 = ? WHERE organisation_id = ?"
                        + " AND row_counts IS NULL",
                format(counts),
                lastExportSha256(organisationId).orElse(null),
                organisationId.toString());
    }

    @Override
    public Optional<String> recordedExportSha256(OrganisationId organisationId) {
        return query(
                        "SELECT last_export_sha256 FROM organisation_closure WHERE organisation_id = ?",
                        organisationId.toString())
                .stream()
                .findFirst()
                .map(row -> (String) row[0]);
    }

    @Override
    public Optional<Map<String, Long>> recordedCounts(OrganisationId organisationId) {
        return query("SELECT row_counts FROM organisation_closure WHERE organisation_id = ?", organisationId.toString())
                .stream()
                .findFirst()
                .map(row -> (String) row[0])
                .filter(text -> text != null)
                .map(JdbcClosures::parse);
    }

    private Optional<String> lastExportSha256(OrganisationId organisationId) {
        return query(
                        "SELECT summary FROM audit_event WHERE organisation_id = ? AND action = 'organisation.exported'"
                                + " ORDER BY occurred_at DESC, id DESC LIMIT 1",
                        organisationId.toString())
                .stream()
                .findFirst()
                .map(row -> SHA256.matcher((String) row[0]))
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1));
    }

    @Override
    public String name(OrganisationId organisationId) {
        return query("SELECT name FROM organisation WHERE id = ?", organisationId.toString()).stream()
                .findFirst()
                .map(row -> (String) row[0])
                .orElse("");
    }

    @Override
    public void addReceipt(ClosureReceipt receipt) {
        update(
                "INSERT INTO organisation_receipt (closed_organisation, name, closed_on, deleted_on, row_counts,"
                        + " last_export_sha256) VALUES (?, ?, ?, ?, ?, ?)",
                receipt.organisationId().toString(),
                receipt.name(),
                receipt.closedOn(),
                receipt.deletedOn(),
                format(receipt.rowCounts()),
                receipt.lastExportSha256());
    }

    @Override
    public Optional<ClosureReceipt> receipt(UUID organisationId) {
        return query(
                        "SELECT closed_organisation, name, closed_on, deleted_on, row_counts, last_export_sha256"
                                + " FROM organisation_receipt WHERE closed_organisation = ?",
                        organisationId.toString())
                .stream()
                .findFirst()
                .map(row -> new ClosureReceipt(
                        UUID.fromString((String) row[0]),
                        (String) row[1],
                        (Instant) row[2],
                        (Instant) row[3],
                        parse((String) row[4]),
                        (String) row[5]));
    }

    private static String format(Map<String, Long> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach(
                (table, count) -> text.append(table).append(':').append(count).append('\n'));
        return text.toString();
    }

    private static Map<String, Long> parse(String text) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (text == null) {
            return counts;
        }
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                counts.put(
                        line.substring(0, colon),
                        Long.parseLong(line.substring(colon + 1).trim()));
            }
        }
        return counts;
    }

    private List<Object[]> query(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int width = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) {
                        if (result.getMetaData().getColumnType(i + 1) == java.sql.Types.TIMESTAMP) {
                            Timestamp timestamp = result.getTimestamp(i + 1);
                            row[i] = timestamp == null ? null : timestamp.toInstant();
                        } else {
                            row[i] = result.getObject(i + 1);
                        }
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("closure query failed", e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("closure update failed", e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
