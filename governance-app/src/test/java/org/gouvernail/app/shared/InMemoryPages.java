package org.gouvernail.app.shared;

import java.util.Comparator;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Test helper of the fake out-ports: a keyset page of rows in id order, as the MariaDB adapters
 * give it, one row more fetched than the page to tell whether another follows.
 */
public final class InMemoryPages {

    /**
     * The order of ids in MariaDB, where they are CHAR(36): the order of their text, which is not
     * {@link UUID#compareTo} (it compares signed numbers, putting 8… to f… before 0…).
     */
    public static final Comparator<UUID> ID_ORDER = Comparator.comparing(UUID::toString);

    private InMemoryPages() {}

    /** Rows in the order of their ids, as the stores list them. */
    public static <T> Comparator<T> byId(Function<T, UUID> idOf) {
        return Comparator.comparing(idOf, ID_ORDER);
    }

    public static <T> Page<T> keyset(Stream<T> rows, PageRequest page, Function<T, UUID> idOf, boolean newestFirst) {
        Comparator<T> order = byId(idOf);
        if (newestFirst) {
            order = order.reversed();
        }
        Stream<T> sorted = rows.sorted(order);
        if (page.after().isPresent()) {
            UUID cursor = page.after().get();
            sorted = sorted.filter(row -> newestFirst
                    ? ID_ORDER.compare(idOf.apply(row), cursor) < 0
                    : ID_ORDER.compare(idOf.apply(row), cursor) > 0);
        }
        return Page.fromSlice(sorted.limit(page.limit() + 1L).toList(), page, idOf);
    }
}
