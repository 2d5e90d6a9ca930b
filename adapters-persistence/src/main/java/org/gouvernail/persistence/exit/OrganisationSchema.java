package org.gouvernail.persistence.exit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The tables of one organisation, read from the schema itself (information_schema), so that a table
 * added by a later migration is exported, imported and deleted without a change here:
 *
 * <ul>
 *   <li>{@code organisation}: the row whose id is the organisation's;
 *   <li>every table with an {@code organisation_id} column: its rows with that id;
 *   <li>every other table with a foreign key to one of those (e.g. membership_role → membership): its
 *       rows whose parent belongs to the organisation, level after level.
 * </ul>
 *
 * A table that is none of these must be on {@link #PLATFORM_TABLES} with the reason it belongs to no
 * organisation; {@code OrganisationTablesCoverageTest} fails otherwise. Each scoped table has one SQL
 * condition with a single parameter, the organisation id, that selects its rows.
 */
public final class OrganisationSchema {

    public static final String ORGANISATION = "organisation";
    public static final String ORGANISATION_ID = "organisation_id";

    /** Scoped, deleted with the organisation, but never exported: the closure is this instance's own state. */
    public static final Map<String, String> NOT_EXPORTED = Map.of(
            "organisation_closure",
            "the closure under way on this instance: an imported organisation must not start closing");

    /** Tables that belong to no organisation, with the reason. */
    public static final Map<String, String> PLATFORM_TABLES = Map.of(
            "flyway_schema_history",
            "the schema's own migration history",
            "idempotency_record",
            "keyed by the caller's subject, not by an organisation; kept 24 hours",
            "notification_preference",
            "a person's own e-mail preferences, across all their organisations",
            "calendar_token",
            "a person's own calendar feed token, across all their organisations",
            "sent_notice",
            "the claims of e-mails sent to a person, across all their organisations",
            "organisation_receipt",
            "the receipt the platform keeps of a deleted organisation",
            "federation_link",
            "between a federation and a member: neither's alone; deleted with either (cascade)",
            "sharing_consent",
            "the consent history of a federation link; deleted with the link",
            "federation_snapshot",
            "a member's values shared with a federation; deleted with the link",
            "federation_report_contributor",
            "which members fed a federation report, to mark it when one withdraws; names members: not the federation's alone");

    /** One foreign key: {@code table(columns)} references {@code parent(parentColumns)}. */
    public record ForeignKey(String table, List<String> columns, String parent, List<String> parentColumns) {}

    /** One column and its SQL type (information_schema DATA_TYPE). */
    public record Column(String name, String type) {}

    private final Map<String, List<Column>> columns;
    private final Map<String, List<String>> primaryKeys;
    private final List<ForeignKey> foreignKeys;
    private final Map<String, Scope> conditions;
    private final List<String> insertOrder;

    private OrganisationSchema(
            Map<String, List<Column>> columns, Map<String, List<String>> primaryKeys, List<ForeignKey> foreignKeys) {
        this.columns = columns;
        this.primaryKeys = primaryKeys;
        this.foreignKeys = foreignKeys;
        this.conditions = scope();
        this.insertOrder = order();
    }

    /** Reads the schema of the connection's current database. */
    public static OrganisationSchema read(Connection connection) throws SQLException {
        Map<String, List<Column>> columns = new TreeMap<>();
        Map<String, List<String>> primaryKeys = new TreeMap<>();
        Map<String, ForeignKeyBuilder> keys = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE"
                    + " FROM information_schema.COLUMNS c JOIN information_schema.TABLES t"
                    + " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
                    + " WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'"
                    // a generated column (membership.live_email) follows from the others: never read nor written
                    + " AND c.EXTRA NOT LIKE '%GENERATED%'"
                    + " ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION")) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1).toLowerCase(), table -> new ArrayList<>())
                            .add(new Column(
                                    rows.getString(2).toLowerCase(),
                                    rows.getString(3).toLowerCase()));
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
                            + " FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()"
                            + " AND (CONSTRAINT_NAME = 'PRIMARY' OR REFERENCED_TABLE_NAME IS NOT NULL)"
                            + " ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION")) {
                while (rows.next()) {
                    String table = rows.getString(1).toLowerCase();
                    String constraint = rows.getString(2);
                    String column = rows.getString(3).toLowerCase();
                    if ("PRIMARY".equals(constraint)) {
                        primaryKeys
                                .computeIfAbsent(table, t -> new ArrayList<>())
                                .add(column);
                    } else {
                        String parent = rows.getString(4).toLowerCase();
                        keys.computeIfAbsent(table + "/" + constraint, key -> new ForeignKeyBuilder(table, parent))
                                .add(column, rows.getString(5).toLowerCase());
                    }
                }
            }
        }
        List<ForeignKey> foreignKeys =
                keys.values().stream().map(ForeignKeyBuilder::build).collect(Collectors.toList());
        return new OrganisationSchema(columns, primaryKeys, foreignKeys);
    }

    /** The organisation's tables, parents before children (the order of an import). */
    public List<String> insertOrder() {
        return insertOrder;
    }

    /** Children before parents: the order of a deletion. */
    public List<String> deleteOrder() {
        List<String> reversed = new ArrayList<>(insertOrder);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    public boolean scoped(String table) {
        return conditions.containsKey(table);
    }

    public boolean exported(String table) {
        return scoped(table) && !NOT_EXPORTED.containsKey(table);
    }

    /** Every base table of the schema. */
    public Set<String> tables() {
        return new TreeSet<>(columns.keySet());
    }

    /** The condition (one parameter: the organisation id) that selects the table's rows of one organisation. */
    public String condition(String table) {
        return condition(table, "");
    }

    /** The same, its own columns prefixed by {@code alias} (e.g. "c."). */
    public String condition(String table, String alias) {
        Scope scope = Optional.ofNullable(conditions.get(table))
                .orElseThrow(() -> new IllegalArgumentException("not an organisation table: " + table));
        List<String> columns =
                scope.columns().stream().map(column -> alias + column).collect(Collectors.toList());
        return (columns.size() == 1 ? columns.get(0) : "(" + String.join(", ", columns) + ")") + scope.tail();
    }

    /** A table's condition: its columns, then what they must match. */
    private record Scope(List<String> columns, String tail) {}

    public List<Column> columns(String table) {
        return columns.getOrDefault(table, List.of());
    }

    public List<String> primaryKey(String table) {
        return primaryKeys.getOrDefault(table, List.of());
    }

    public boolean hasOrganisationId(String table) {
        return columns(table).stream().anyMatch(column -> column.name().equals(ORGANISATION_ID));
    }

    /** The foreign keys held by the table. */
    public List<ForeignKey> foreignKeysOf(String table) {
        return foreignKeys.stream().filter(key -> key.table().equals(table)).collect(Collectors.toList());
    }

    private Map<String, Scope> scope() {
        Map<String, Scope> scope = new TreeMap<>();
        if (columns.containsKey(ORGANISATION)) {
            scope.put(ORGANISATION, new Scope(List.of("id"), " = ?"));
        }
        for (String table : columns.keySet()) {
            if (!PLATFORM_TABLES.containsKey(table) && hasOrganisationId(table)) {
                scope.put(table, new Scope(List.of(ORGANISATION_ID), " = ?"));
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ForeignKey key : foreignKeys) {
                if (scope.containsKey(key.table())
                        || PLATFORM_TABLES.containsKey(key.table())
                        || !scope.containsKey(key.parent())) {
                    continue;
                }
                Scope parent = scope.get(key.parent());
                String parentCondition = (parent.columns().size() == 1
                                ? parent.columns().get(0)
                                : "(" + String.join(", ", parent.columns()) + ")")
                        + parent.tail();
                scope.put(
                        key.table(),
                        new Scope(
                                key.columns(),
                                " IN (SELECT " + String.join(", ", key.parentColumns()) + " FROM " + key.parent()
                                        + " WHERE " + parentCondition + ")"));
                grew = true;
            }
        }
        return scope;
    }

    /** Parents before children; a cycle of foreign keys is broken at its first table by name. */
    private List<String> order() {
        Map<String, Set<String>> parents = new TreeMap<>();
        for (String table : conditions.keySet()) {
            parents.put(table, new TreeSet<>());
        }
        for (ForeignKey key : foreignKeys) {
            if (parents.containsKey(key.table())
                    && parents.containsKey(key.parent())
                    && !key.parent().equals(key.table())) {
                parents.get(key.table()).add(key.parent());
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < parents.size()) {
            Optional<String> ready = parents.entrySet().stream()
                    .filter(entry -> !placed.contains(entry.getKey()))
                    .filter(entry -> placed.containsAll(entry.getValue()))
                    .map(Map.Entry::getKey)
                    .findFirst();
            String next = ready.orElseGet(() -> parents.keySet().stream()
                    .filter(table -> !placed.contains(table))
                    .min(Comparator.naturalOrder())
                    .orElseThrow());
            placed.add(next);
            ordered.add(next);
        }
        return List.copyOf(ordered);
    }

    private static final class ForeignKeyBuilder {
        private final String table;
        private final String parent;
        private final List<String> columns = new ArrayList<>();
        private final List<String> parentColumns = new ArrayList<>();

        ForeignKeyBuilder(String table, String parent) {
            this.table = table;
            this.parent = parent;
        }

        ForeignKeyBuilder add(String column, String parentColumn) {
            columns.add(column);
            parentColumns.add(parentColumn);
            return this;
        }

        ForeignKey build() {
            return new ForeignKey(table, List.copyOf(columns), parent, List.copyOf(parentColumns));
        }
    }
}
