package org.gouvernail.domain.training;

import java.util.List;

/**
 * Read model: what an attendance sheet did: the session after the import, the lines matched to
 * members, and the lines left out with why (unknown person, two members of that name, no status).
 */
public record AttendanceImport(TrainingSession session, int matched, List<Unmatched> unmatched) {

    public AttendanceImport {
        unmatched = List.copyOf(unmatched);
    }

    /** A line left out: its number and a stable reason code ("unknown-person", "ambiguous-name", "no-status"). */
    public record Unmatched(int line, String reason) {}
}
