package org.gouvernail.domain.shared;

import java.util.UUID;

/**
 * Domain event: something that happened to one subject of one organisation. Each area declares its
 * events as records that know their audit action, subject type and summary, so that the audit trail,
 * and later notifications and an outbox, read the same fact instead of strings built at each call
 * site. Summaries are field values, not sentences, so they read the same in every language.
 */
public interface DomainEvent {

    OrganisationId organisationId();

    /** The audit action, "area.verb" (e.g. "tool.decided"): stored and exposed by the audit API, so it never changes. */
    String action();

    /** The kind of subject the audit row points to (e.g. "TOOL"). */
    String subjectType();

    UUID subjectId();

    /** The change as field values ("status: DRAFT → PUBLISHED; ..."), "" when there is nothing to add. */
    String summary();
}
