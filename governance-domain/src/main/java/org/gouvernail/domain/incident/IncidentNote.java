package org.gouvernail.domain.incident;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Value: what the incident log records for the timeline beyond the incident's own state: a status
 * change (its target in {@code code}), a severity override (the severity in force), or an
 * observation a handler wrote. Append-only.
 */
public record IncidentNote(
        UUID id,
        OrganisationId organisationId,
        IncidentId incidentId,
        TimelineKind kind,
        Instant at,
        MemberId by,
        String code,
        String text) {

    /** At most this many notes per incident (observations are refused past it). */
    public static final int MAX_PER_INCIDENT = 500;

    public IncidentNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        text = kind == TimelineKind.OBSERVATION
                ? Check.text("text", Check.present("text", text), Check.SHORT_TEXT_LENGTH)
                : Check.text("text", text, Check.SHORT_TEXT_LENGTH);
    }

    public static IncidentNote observation(
            UUID id, OrganisationId organisationId, IncidentId incidentId, String text, MemberId by, Instant now) {
        return new IncidentNote(id, organisationId, incidentId, TimelineKind.OBSERVATION, now, by, null, text);
    }

    public static IncidentNote statusChanged(
            UUID id, Incident incident, IncidentStatus target, MemberId by, Instant now) {
        return new IncidentNote(
                id,
                incident.organisationId(),
                incident.id(),
                TimelineKind.STATUS_CHANGED,
                now,
                by,
                target.name(),
                null);
    }

    public static IncidentNote severityOverridden(UUID id, Incident changed, MemberId by, Instant now) {
        return new IncidentNote(
                id,
                changed.organisationId(),
                changed.id(),
                TimelineKind.SEVERITY_OVERRIDDEN,
                now,
                by,
                changed.severity().name(),
                changed.overrideReason());
    }
}
