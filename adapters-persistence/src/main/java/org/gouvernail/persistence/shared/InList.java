package org.gouvernail.persistence.shared;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;

/**
 * The values of an {@code in} condition written as single parameters, in lists of a few lengths.
 *
 * <p>Hibernate keeps the SQL it translated from a query, except when a list parameter makes that SQL
 * depend on the list's length: such a query is translated again at every execution. On a page of 50
 * tools that was a quarter of the API's CPU (issue 11; docs/operations.md, "Performance: IN lists,
 * and what lies between the floor and a page"). Here the list is padded to the next power of two by repeating its last value, which
 * changes nothing to the condition, so each query has at most ten translations, all kept. A list has at
 * least two parameters: a parameter alone between the parentheses may be bound to a collection, and for
 * a query holding one, Hibernate 7.2 keeps no plan whatever is bound to it
 * ({@code SqmSelectionQueryImpl.hasMultiValuedParameterBindings}).
 */
public final class InList {

    /** The longest list: a page (200 rows) or the memberships of one person (1 000) fit. */
    public static final int MAX_VALUES = 1024;

    private final String name;
    private final List<?> values;
    /** How many single parameters, or 0 when the values are bound as one list parameter. */
    private final int length;

    private InList(String name, List<?> values, boolean whole) {
        this.name = name;
        this.values = values;
        int size = values.size();
        this.length = whole ? 0 : size <= 2 ? 2 : Integer.highestOneBit(size - 1) << 1;
    }

    /** The values (at least one, at most {@link #MAX_VALUES}) bound to parameters {@code name0, name1, …}. */
    public static InList of(String name, Collection<?> values) {
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw new IllegalArgumentException("an IN list holds 1 to " + MAX_VALUES + " values, not " + values.size());
        }
        return new InList(name, List.copyOf(values), false);
    }

    /**
     * The values as single parameters when they are at most {@link #MAX_VALUES}, else as one list parameter
     * {@code (:name)}, translated at every execution: for the lists that are usually short but have no bound
     * (the members of an organisation, the records of a dossier), where a longer one must still be answered.
     */
    public static InList anyLength(String name, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN list holds at least one value");
        }
        return new InList(name, List.copyOf(values), values.size() > MAX_VALUES);
    }

    /** The parenthesised parameters, e.g. {@code (:id0,:id1,:id2,:id3)} for three values, {@code (:id0,:id1)} for one. */
    public String parameters() {
        if (length == 0) {
            return "(:" + name + ")";
        }
        StringBuilder sql = new StringBuilder(length * (name.length() + 6)).append('(');
        for (int i = 0; i < length; i++) {
            sql.append(i == 0 ? ":" : ",:").append(name).append(i);
        }
        return sql.append(')').toString();
    }

    /** Binds the values to the query written with {@link #parameters()}, the last one repeated. */
    public <Q extends Query> Q bind(Q query) {
        if (length == 0) {
            query.setParameter(name, values);
            return query;
        }
        for (int i = 0; i < length; i++) {
            query.setParameter(name + i, values.get(Math.min(i, values.size() - 1)));
        }
        return query;
    }

    /** How many parameters the query carries for these values. */
    int length() {
        return length;
    }
}
