package org.gouvernail.domain.shared;

import java.util.Optional;
import java.util.UUID;

/**
 * Keyset page request: at most {@code limit} items after the item whose id is {@code after}.
 * Ids are time-ordered (UUIDv7), so "after this id" is a stable order that needs no offset.
 */
public record PageRequest(int limit, Optional<UUID> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        Check.range("limit", limit, 1, MAX_LIMIT);
        after = after == null ? Optional.empty() : after;
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }
}
