package org.gouvernail.domain.exit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What the platform keeps of a deleted organisation: its id and name, when it asked to close and
 * when it was deleted, how many rows each table held, and the SHA-256 of its last export (null
 * when it never exported), so that the organisation can prove which archive was its last.
 */
public record ClosureReceipt(
        UUID organisationId,
        String name,
        Instant closedOn,
        Instant deletedOn,
        Map<String, Long> rowCounts,
        String lastExportSha256) {

    public ClosureReceipt {
        rowCounts = Map.copyOf(rowCounts);
    }

    public long totalRows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
