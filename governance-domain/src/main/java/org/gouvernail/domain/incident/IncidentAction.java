package org.gouvernail.domain.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: one action a handler plans on an incident (delete the conversation, rotate the pasted
 * key, brief the team), with its owner, a member of the organisation, and its due date. OPEN until
 * its owner or a handler records it DONE (with an optional note) or CANCELLED (with the reason);
 * settled actions stay as they were: they are the record of the response.
 */
public record IncidentAction(
        IncidentActionId id,
        OrganisationId organisationId,
        IncidentId incidentId,
        String title,
        MemberId ownerId,
        LocalDate dueOn,
        IncidentActionState state,
        String note,
        MemberId createdBy,
        Instant createdAt,
        MemberId settledBy,
        Instant settledAt,
        long version) {

    /** At most this many actions per incident: a response plan, not a project. */
    public static final int MAX_PER_INCIDENT = 100;

    public IncidentAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(incidentId, "incidentId");
        title = Check.name("title", title);
        Check.present("ownerId", ownerId);
        Check.present("dueOn", dueOn);
        Objects.requireNonNull(state, "state");
        note = Check.text("note", note, Check.SHORT_TEXT_LENGTH);
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static IncidentAction plan(
            IncidentActionId id,
            OrganisationId organisationId,
            IncidentId incidentId,
            String title,
            MemberId ownerId,
            LocalDate dueOn,
            MemberId by,
            Instant now) {
        return new IncidentAction(
                id,
                organisationId,
                incidentId,
                title,
                ownerId,
                dueOn,
                IncidentActionState.OPEN,
                null,
                by,
                now,
                null,
                null,
                0);
    }

    /** Still open and its due date is before {@code today}. */
    public boolean lateOn(LocalDate today) {
        return state == IncidentActionState.OPEN && dueOn.isBefore(today);
    }

    public IncidentAction done(String outcome, MemberId by, Instant now) {
        requireOpen();
        return settled(IncidentActionState.DONE, outcome, by, now);
    }

    public IncidentAction cancel(String reason, MemberId by, Instant now) {
        requireOpen();
        return settled(IncidentActionState.CANCELLED, Check.present("reason", reason), by, now);
    }

    private IncidentAction settled(IncidentActionState target, String text, MemberId by, Instant now) {
        return new IncidentAction(
                id,
                organisationId,
                incidentId,
                title,
                ownerId,
                dueOn,
                target,
                text,
                createdBy,
                createdAt,
                Objects.requireNonNull(by, "by"),
                Objects.requireNonNull(now, "now"),
                version);
    }

    private void requireOpen() {
        if (state != IncidentActionState.OPEN) {
            throw new RuleViolation("incident-action-settled", "the action " + id + " is already " + state, state);
        }
    }
}
