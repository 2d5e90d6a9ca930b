package org.gouvernail.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Record of one change: who (subject and name), when, which action on which subject, and a
 * summary of the change made of field values, so that it reads the same in every language.
 */
public record AuditEvent(
        UUID id,
        OrganisationId organisationId,
        Instant occurredAt,
        String actorSubject,
        String actorName,
        String action,
        String subjectType,
        UUID subjectId,
        String summary) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorSubject, "actorSubject");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        summary = summary == null ? "" : abbreviate(summary);
        actorName = actorName == null ? actorSubject : abbreviate(actorName);
    }

    public static AuditEvent of(
            UUID id,
            OrganisationId organisationId,
            Instant now,
            Caller actor,
            String action,
            String subjectType,
            UUID subjectId,
            String summary) {
        return new AuditEvent(
                id, organisationId, now, actor.subject(), actor.name(), action, subjectType, subjectId, summary);
    }

    private static String abbreviate(String text) {
        return text.length() <= Check.SHORT_TEXT_LENGTH ? text : text.substring(0, Check.SHORT_TEXT_LENGTH - 1) + "…";
    }
}
