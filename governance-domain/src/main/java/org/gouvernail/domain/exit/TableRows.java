package org.gouvernail.domain.exit;

import java.util.List;
import java.util.Objects;

/**
 * The rows of one table that belong to one organisation, as the database spells them: every value a
 * string (or null), in the order of {@code columns}. The archive carries them as they are, so that an
 * import writes back exactly what the export read.
 */
public record TableRows(String table, List<String> columns, List<List<String>> rows) {

    public TableRows {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public int size() {
        return rows.size();
    }
}
