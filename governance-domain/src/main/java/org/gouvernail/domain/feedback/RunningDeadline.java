package org.gouvernail.domain.feedback;

import java.time.LocalDate;
import org.gouvernail.domain.shared.OrganisationId;

/** Read model: the deadline an open item runs against now, for the due items (no text, no author). */
public record RunningDeadline(
        OrganisationId organisationId,
        FeedbackItemId itemId,
        FeedbackKind kind,
        FeedbackStatus status,
        LocalDate dueOn) {}
