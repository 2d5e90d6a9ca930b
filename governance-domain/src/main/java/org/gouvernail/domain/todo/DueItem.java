package org.gouvernail.domain.todo;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Read model: one thing someone must do in an organisation, and by when.
 *
 * @param kind what is asked, "area.verb" in the imperative ("policy-version.acknowledge",
 *     "approval-request.decide", "incident.notify-authority"): a stable code that front ends and
 *     mail templates translate, never a sentence
 * @param subjectType the kind of subject, as in the audit trail ("POLICY_VERSION")
 * @param title the subject's own name as its authors wrote it (a policy title, a meeting's
 *     title), never the text of a feedback item or anything that identifies an anonymous reporter
 * @param dueAt the deadline; {@code null} when the subject sets none (an item to do when possible)
 * @param link the API path of the subject, from which a front end builds its own link
 */
public record DueItem(
        OrganisationId organisationId,
        String kind,
        String subjectType,
        UUID subjectId,
        String title,
        Instant dueAt,
        Assignee assignee,
        String link) {

    /** Deadlines closer than this get an immediate reminder instead of waiting for the digest. */
    public static final Duration URGENT = Duration.ofHours(24);

    public DueItem {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(link, "link");
        title = title == null ? "" : title;
    }

    public Optional<Instant> deadline() {
        return Optional.ofNullable(dueAt);
    }

    public boolean overdueAt(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }

    /** Due within {@link #URGENT} of now (or already late): worth a mail now rather than in the digest. */
    public boolean urgentAt(Instant now) {
        return dueAt != null && dueAt.isBefore(now.plus(URGENT));
    }
}
