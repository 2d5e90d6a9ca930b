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

    private InMemoryPages() {
    }

    public static <T> Page<T> keyset(Stream<T> rows, PageRequest page, Function<T, UUID> idOf, boolean newestFirst) {
        Comparator<T> order = Comparator.comparing(idOf);
        if (newestFirst) {
            order = order.reversed();
        }
        Stream<T> sorted = rows.sorted(order);
        if (page.after().isPresent()) {
            UUID cursor = page.after().get();
            sorted = sorted.filter(row -> newestFirst ? idOf.apply(row).compareTo(cursor) < 0 : idOf.apply(row).compareTo(cursor) > 0);
        }
        return Page.fromSlice(sorted.limit(page.limit() + 1L).toList(), page, idOf);
    }
}
