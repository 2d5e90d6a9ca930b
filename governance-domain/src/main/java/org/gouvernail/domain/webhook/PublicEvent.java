package org.gouvernail.domain.webhook;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Read model: one public event as the outbox keeps it and webhooks deliver it. Thin by design: its
 * type, its id (the {@code webhook-id} of every delivery and retry), the organisation, the time,
 * the subject and the API paths to fetch it; never who did it, so an anonymous author is never
 * revealed by an event.
 *
 * @param links API paths, "self" first (the subject), then related resources
 */
public record PublicEvent(
        UUID id,
        String type,
        int version,
        OrganisationId organisationId,
        Instant occurredAt,
        String subjectType,
        UUID subjectId,
        Map<String, String> links) {

    public PublicEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        links = Collections.unmodifiableMap(new LinkedHashMap<>(links));
    }
}
