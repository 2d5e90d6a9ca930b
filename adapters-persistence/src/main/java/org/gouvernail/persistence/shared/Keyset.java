package org.gouvernail.persistence.shared;

import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Keyset pagination helper: adds "id after the cursor" to a query and fetches one row more than
 * the page, which only tells whether another page follows.
 */
public final class Keyset {

    private Keyset() {}

    public static String after(String query, PageRequest page, Parameters parameters, boolean descending) {
        return after(query, page, parameters, descending, "id");
    }

    public static String after(
            String query, PageRequest page, Parameters parameters, boolean descending, String idPath) {
        if (page.after().isEmpty()) {
            return query;
        }
        parameters.and("cursor", page.after().get());
        return query + " and " + idPath + (descending ? " < :cursor" : " > :cursor");
    }

    public static <E, D> Page<D> page(
            List<E> slice, PageRequest page, Function<E, D> toDomain, Function<D, UUID> idOf) {
        return Page.fromSlice(slice.stream().map(toDomain).toList(), page, idOf);
    }

    /**
     * Escapes LIKE wildcards with '!' so that a user's text is searched literally: the LIKE on this
     * pattern must say {@code escape '!'}. (With the backslash and no ESCAPE clause, a search for a
     * literal "100%" found nothing on MariaDB: ToolsContract shows it.)
     */
    public static String containing(String text) {
        String escaped = text.toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
