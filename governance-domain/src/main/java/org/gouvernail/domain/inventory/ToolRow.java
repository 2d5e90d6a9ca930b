package org.gouvernail.domain.inventory;

import java.util.Map;

/**
 * One row of an inventory spreadsheet, as text: the values keyed by the field names of
 * {@link ToolDetails} (name, vendor, category, ...), whatever the file's language was.
 */
public record ToolRow(int line, Map<String, String> values) {

    public ToolRow {
        values = Map.copyOf(values);
    }

    public String value(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
