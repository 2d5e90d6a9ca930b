package org.gouvernail.persistence.shared;

import java.util.List;

/**
 * Mapping helper for an aggregate's ordered children, a list with an order column: rewrites the
 * stored list position by position, so that Hibernate updates only the positions whose row changed,
 * deletes those beyond the new end and inserts the new ones. An unchanged list is left untouched:
 * touching it would move the root's version.
 */
public final class OrderedRows {

    private OrderedRows() {}

    public static <T> void apply(List<T> stored, List<T> wanted) {
        for (int position = 0; position < wanted.size(); position++) {
            T row = wanted.get(position);
            if (position >= stored.size()) {
                stored.add(row);
            } else if (!row.equals(stored.get(position))) {
                stored.set(position, row);
            }
        }
        while (stored.size() > wanted.size()) {
            stored.remove(stored.size() - 1);
        }
    }
}
