package org.gouvernail.persistence.exit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gouvernail.domain.exit.TableRows;
import org.gouvernail.domain.exit.port.out.OrganisationData;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.persistence.exit.OrganisationSchema.Column;
import org.gouvernail.persistence.exit.OrganisationSchema.ForeignKey;

/**
 * Persistence adapter: an organisation's rows in every table, through JDBC and the schema read from
 * information_schema ({@link OrganisationSchema}). Values travel as the database spells them, except
 * instants (ISO-8601 UTC, whatever the session's time zone) and integers and bits (decimal digits).
 */
@ApplicationScoped
public class JdbcOrganisationData implements OrganisationData {

    private static final Set<String> INTEGERS = Set.of("bit", "tinyint", "smallint", "mediumint", "int", "bigint");

    private final AgroalDataSource dataSource;

    public JdbcOrganisationData(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Outside any JTA transaction: its own connection, one REPEATABLE READ read-only transaction
     * started WITH CONSISTENT SNAPSHOT, so every table is read as of the same instant while writes go on.
     */
    @Override
    public List<TableRows> snapshot(OrganisationId organisationId) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
            }
            try {
                OrganisationSchema schema = OrganisationSchema.read(connection);
                List<TableRows> tables = new ArrayList<>();
                for (String table : schema.insertOrder()) {
                    if (schema.exported(table)) {
                        tables.add(read(connection, schema, table, organisationId));
                    }
                }
                return tables;
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("COMMIT");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("organisation snapshot failed", e);
        }
    }

    private static TableRows read(Connection connection, OrganisationSchema schema, String table, OrganisationId id)
            throws SQLException {
        List<Column> columns = schema.columns(table);
        List<String> names = columns.stream().map(Column::name).collect(Collectors.toList());
        List<String> key = schema.primaryKey(table).isEmpty() ? names : schema.primaryKey(table);
        String sql = "SELECT " + String.join(", ", names) + " FROM " + table + " WHERE " + schema.condition(table)
                + " ORDER BY " + String.join(", ", key);
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id.toString());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    List<String> row = new ArrayList<>(columns.size());
                    for (int i = 0; i < columns.size(); i++) {
                        row.add(value(result, i + 1, columns.get(i).type()));
                    }
                    rows.add(Collections.unmodifiableList(row));
                }
            }
        }
        return new TableRows(table, names, rows);
    }

    private static String value(ResultSet result, int index, String type) throws SQLException {
        if ("timestamp".equals(type)) {
            Timestamp timestamp = result.getTimestamp(index);
            return timestamp == null ? null : timestamp.toInstant().toString();
        }
        if (INTEGERS.contains(type)) {
            long number = result.getLong(index);
            return result.wasNull() ? null : Long.toString(number);
        }
        return result.getString(index);
    }

    @Override
    public String schemaVersion() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version FROM flyway_schema_history"
                        + " WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return result.next() ? result.getString(1) : "0";
        } catch (SQLException e) {
            throw new IllegalStateException("schema version unreadable", e);
        }
    }

    @Override
    public boolean exists(OrganisationId organisationId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM organisation WHERE id = ?")) {
            statement.setString(1, organisationId.toString());
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("organisation lookup failed", e);
        }
    }

    /**
     * In the caller's transaction. The rows go in parents first; foreign keys are checked once all are
     * in (a cycle such as approval_request ↔ decision has no order that satisfies them row by row): every
     * reference must resolve, and to a row of this organisation.
     */
    @Override
    public Map<String, Long> write(OrganisationId organisationId, List<TableRows> tables) {
        try (Connection connection = dataSource.getConnection()) {
            OrganisationSchema schema = OrganisationSchema.read(connection);
            Map<String, TableRows> byTable = new LinkedHashMap<>();
            for (TableRows rows : tables) {
                requireWritable(schema, rows, organisationId);
                byTable.put(rows.table(), rows);
            }
            if (!byTable.containsKey(OrganisationSchema.ORGANISATION)
                    || byTable.get(OrganisationSchema.ORGANISATION).size() != 1) {
                throw new InvalidInput(
                        "archive", "archive-invalid", "the archive holds no organisation row", "organisation.json");
            }
            Map<String, Long> written = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            }
            try {
                for (String table : schema.insertOrder()) {
                    TableRows rows = byTable.get(table);
                    if (rows != null && rows.size() > 0) {
                        insert(connection, schema, rows);
                        written.put(table, (long) rows.size());
                    }
                }
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
            }
            for (String table : written.keySet()) {
                checkReferences(connection, schema, table, organisationId);
                checkAllOwned(connection, schema, table, organisationId, written.get(table));
            }
            return written;
        } catch (SQLIntegrityConstraintViolationException e) {
            throw new RuleViolation(
                    "archive-conflict",
                    "a row of the archive collides with one of this instance: " + e.getMessage(),
                    e.getMessage());
        } catch (SQLException e) {
            throw new InvalidInput(
                    "archive", "archive-invalid", "the archive's rows were refused: " + e.getMessage(), e.getMessage());
        }
    }

    private static void requireWritable(OrganisationSchema schema, TableRows rows, OrganisationId organisationId) {
        String table = rows.table();
        if (!schema.exported(table)) {
            throw new InvalidInput("archive", "archive-invalid", "unknown table " + table, table);
        }
        Set<String> known = schema.columns(table).stream().map(Column::name).collect(Collectors.toSet());
        for (String column : rows.columns()) {
            if (!known.contains(column)) {
                throw new InvalidInput(
                        "archive", "archive-invalid", "unknown column " + table + "." + column, table + "." + column);
            }
        }
        String owner = table.equals(OrganisationSchema.ORGANISATION)
                ? "id"
                : schema.hasOrganisationId(table) ? OrganisationSchema.ORGANISATION_ID : null;
        if (owner == null) {
            return; // a child table: checkReferences proves its parents are this organisation's
        }
        int index = rows.columns().indexOf(owner);
        if (index < 0
                || rows.rows().stream()
                        .anyMatch(row -> !organisationId.toString().equals(row.get(index)))) {
            throw new InvalidInput("archive", "archive-invalid", "rows of another organisation in " + table, table);
        }
    }

    private static void insert(Connection connection, OrganisationSchema schema, TableRows rows) throws SQLException {
        Map<String, String> types = new TreeMap<>();
        schema.columns(rows.table()).forEach(column -> types.put(column.name(), column.type()));
        String sql = "INSERT INTO " + rows.table() + " (" + String.join(", ", rows.columns()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(rows.columns().size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (List<String> row : rows.rows()) {
                if (row.size() != rows.columns().size()) {
                    throw new InvalidInput(
                            "archive",
                            "archive-invalid",
                            "a row of " + rows.table() + " has " + row.size() + " values",
                            rows.table());
                }
                for (int i = 0; i < row.size(); i++) {
                    bind(statement, i + 1, types.get(rows.columns().get(i)), row.get(i));
                }
                statement.addBatch();
                if (++pending == 500) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        } catch (RuntimeException e) {
            if (e instanceof InvalidInput) {
                throw e;
            }
            throw new InvalidInput(
                    "archive", "archive-invalid", "a value of " + rows.table() + " is unreadable", rows.table());
        }
    }

    private static void bind(PreparedStatement statement, int index, String type, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if ("timestamp".equals(type)) {
            statement.setTimestamp(index, Timestamp.from(Instant.parse(value)));
        } else if (INTEGERS.contains(type)) {
            statement.setLong(index, Long.parseLong(value));
        } else {
            statement.setString(index, value);
        }
    }

    /** Every foreign key of the table resolves, and to a row that belongs to this organisation. */
    private static void checkReferences(
            Connection connection, OrganisationSchema schema, String table, OrganisationId organisationId)
            throws SQLException {
        for (ForeignKey key : schema.foreignKeysOf(table)) {
            List<String> notNull = new ArrayList<>();
            List<String> match = new ArrayList<>();
            for (int i = 0; i < key.columns().size(); i++) {
                notNull.add("c." + key.columns().get(i) + " IS NOT NULL");
                match.add("p." + key.parentColumns().get(i) + " = c."
                        + key.columns().get(i));
            }
            boolean parentScoped = schema.scoped(key.parent());
            String sql = "SELECT COUNT(*) FROM " + table + " c WHERE " + schema.condition(table, "c.") + " AND "
                    + String.join(" AND ", notNull) + " AND NOT EXISTS (SELECT 1 FROM " + key.parent() + " p WHERE "
                    + String.join(" AND ", match)
                    + (parentScoped ? " AND " + schema.condition(key.parent(), "p.") : "") + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, organisationId.toString());
                if (parentScoped) {
                    statement.setString(2, organisationId.toString());
                }
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    if (result.getLong(1) > 0) {
                        throw new InvalidInput(
                                "archive",
                                "archive-invalid",
                                table + " refers to " + key.parent() + " rows the archive does not hold",
                                table);
                    }
                }
            }
        }
    }

    /**
     * The organisation is new here, so all its rows are the archive's: a row that the table's condition
     * does not select (a child whose parent is another organisation's) makes the counts differ.
     */
    private static void checkAllOwned(
            Connection connection, OrganisationSchema schema, String table, OrganisationId organisationId, long written)
            throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + schema.condition(table))) {
            statement.setString(1, organisationId.toString());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (result.getLong(1) != written) {
                    throw new InvalidInput(
                            "archive",
                            "archive-invalid",
                            table + " holds rows that belong to no row of the organisation",
                            table);
                }
            }
        }
    }

    @Override
    public Map<String, Long> count(OrganisationId organisationId) {
        try (Connection connection = dataSource.getConnection()) {
            OrganisationSchema schema = OrganisationSchema.read(connection);
            Map<String, Long> counts = new TreeMap<>();
            for (String table : schema.insertOrder()) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM " + table + " WHERE " + schema.condition(table))) {
                    statement.setString(1, organisationId.toString());
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        if (result.getLong(1) > 0) {
                            counts.put(table, result.getLong(1));
                        }
                    }
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("organisation count failed", e);
        }
    }

    /**
     * In the caller's transaction, foreign-key checks off for its statements only: children go first,
     * but a cycle (approval_request ↔ decision) has no order that satisfies them row by row.
     */
    @Override
    public int deleteBatch(OrganisationId organisationId, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            OrganisationSchema schema = OrganisationSchema.read(connection);
            Set<String> last = new HashSet<>(OrganisationSchema.NOT_EXPORTED.keySet());
            last.add(OrganisationSchema.ORGANISATION);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            }
            try {
                for (String table : schema.deleteOrder()) {
                    if (last.contains(table)) {
                        continue;
                    }
                    try (PreparedStatement statement = connection.prepareStatement(
                            "DELETE FROM " + table + " WHERE " + schema.condition(table) + " LIMIT " + limit)) {
                        statement.setString(1, organisationId.toString());
                        int deleted = statement.executeUpdate();
                        if (deleted > 0) {
                            return deleted;
                        }
                    }
                }
                return 0;
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("organisation deletion failed", e);
        }
    }

    @Override
    public void deleteOrganisation(OrganisationId organisationId) {
        try (Connection connection = dataSource.getConnection()) {
            OrganisationSchema schema = OrganisationSchema.read(connection);
            for (String table : schema.deleteOrder()) {
                if (OrganisationSchema.NOT_EXPORTED.containsKey(table)
                        || table.equals(OrganisationSchema.ORGANISATION)) {
                    try (PreparedStatement statement =
                            connection.prepareStatement("DELETE FROM " + table + " WHERE " + schema.condition(table))) {
                        statement.setString(1, organisationId.toString());
                        statement.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("organisation deletion failed", e);
        }
    }
}
