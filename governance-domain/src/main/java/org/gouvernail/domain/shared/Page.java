package org.gouvernail.domain.shared;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** One page of a keyset-paginated list, with the id to continue after when more remain. */
public record Page<T>(List<T> items, Optional<UUID> continueAfter) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Cuts a slice fetched with {@code limit + 1} rows: the extra row only proves there is more.
     */
    public static <T> Page<T> fromSlice(List<T> slice, PageRequest request, Function<T, UUID> idOf) {
        if (slice.size() <= request.limit()) {
            return new Page<>(slice, Optional.empty());
        }
        List<T> items = slice.subList(0, request.limit());
        return new Page<>(items, Optional.of(idOf.apply(items.get(items.size() - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), continueAfter);
    }
}
