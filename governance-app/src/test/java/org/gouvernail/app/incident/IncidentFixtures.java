package org.gouvernail.app.incident;

import java.time.Instant;
import java.util.Set;
import org.gouvernail.domain.incident.HarmType;
import org.gouvernail.domain.incident.IncidentFacts;
import org.gouvernail.domain.incident.IncidentKind;
import org.gouvernail.domain.incident.IncidentType;
import org.gouvernail.domain.shared.DataCategory;

/** Facts shared by the incident tests. */
final class IncidentFixtures {

    private IncidentFixtures() {}

    /** Personal data pasted in a public tool, detected at 2026-11-27T10:00Z. */
    static IncidentFacts pasted() {
        return new IncidentFacts(
                "Données dans un outil public",
                null,
                IncidentKind.INCIDENT,
                IncidentType.PERSONAL_DATA_IN_PUBLIC_TOOL,
                null,
                Instant.parse("2026-11-27T10:00:00Z"),
                Set.of(),
                Set.of(),
                null,
                Set.of(DataCategory.PERSONAL),
                null,
                null,
                false,
                Set.of(HarmType.PRIVACY),
                false,
                true,
                false);
    }

    /** An incident of {@code type}, with PERSONAL data or none, occurred (may be null) and detected as given. */
    static IncidentFacts facts(
            IncidentKind kind, IncidentType type, boolean personal, Instant occurredAt, Instant detectedAt) {
        return new IncidentFacts(
                type.name(),
                null,
                kind,
                type,
                occurredAt,
                detectedAt,
                Set.of(),
                Set.of(),
                null,
                personal ? Set.of(DataCategory.PERSONAL) : Set.of(),
                null,
                null,
                false,
                Set.of(),
                false,
                true,
                false);
    }
}
