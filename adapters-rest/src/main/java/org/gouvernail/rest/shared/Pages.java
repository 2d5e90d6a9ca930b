package org.gouvernail.rest.shared;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Keyset pagination over HTTP: opaque cursors in, {items, nextCursor} out. */
public final class Pages {

    private Pages() {}

    /** JSON shape of every list. */
    public record Listing<T>(
            @Schema(maxItems = 200) List<T> items,

            @Schema(
                    description = "Pass as cursor to get the next page; null on the last page.",
                    nullable = true,
                    maxLength = 22)
            String nextCursor) {}

    /** The page asked for; limit is read by hand so that limit=abc is a 400 like limit=0, not the framework's 404. */
    static PageRequest request(String limit, String cursor) {
        int size = PageRequest.DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                size = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                size = 0;
            }
        }
        if (size < 1 || size > PageRequest.MAX_LIMIT) {
            throw RequestProblem.invalidParameter("limit", "1–" + PageRequest.MAX_LIMIT);
        }
        return new PageRequest(size, decode(cursor));
    }

    public static <D, T> Listing<T> listing(Page<D> page, Function<D, T> toDto) {
        return new Listing<>(
                page.items().stream().map(toDto).toList(),
                page.continueAfter().map(Pages::encode).orElse(null));
    }

    static String encode(UUID id) {
        ByteBuffer bytes =
                ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    static Optional<UUID> decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor.strip());
            if (bytes.length != 16) {
                throw new IllegalArgumentException();
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
        } catch (IllegalArgumentException e) {
            throw new RequestProblem(400, "invalid-cursor");
        }
    }
}
