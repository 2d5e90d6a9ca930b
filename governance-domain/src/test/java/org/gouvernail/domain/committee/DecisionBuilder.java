package org.gouvernail.domain.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Test-data builder: a committee decision, by default a tool approved unanimously by three members in
 * written procedure: {@code aDecision().about(DecisionSubject.POLICY_VERSION, versionId).build()}.
 */
public final class DecisionBuilder {

    private DecisionId id = new DecisionId(UUID.randomUUID());
    private OrganisationId organisationId = new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private MeetingId meetingId;
    private DecisionSubject subject = DecisionSubject.TOOL;
    private UUID subjectId = UUID.randomUUID();
    private RequestId requestId;
    private DecisionOutcome outcome = DecisionOutcome.APPROVED;
    private ToolStatus toolStatus = ToolStatus.APPROVED;
    private String conditions;
    private String rationale = "Parce que";
    private Votes votes = new Votes(3, 0, 0);
    private LocalDate reviewDate;
    private DecisionId revises;
    private MemberId recordedBy = new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    private Instant recordedAt = Instant.parse("2026-11-28T15:00:00Z");

    private DecisionBuilder() {}

    public static DecisionBuilder aDecision() {
        return new DecisionBuilder();
    }

    public static DecisionBuilder from(Decision d) {
        DecisionBuilder builder = aDecision()
                .withId(d.id())
                .of(d.organisationId())
                .takenIn(d.meetingId())
                .about(d.subject(), d.subjectId())
                .answering(d.requestId())
                .withOutcome(d.outcome(), d.toolStatus())
                .withConditions(d.conditions())
                .because(d.rationale())
                .withVotes(d.votes())
                .reviewedOn(d.reviewDate())
                .revising(d.revises());
        return builder.recordedBy(d.recordedBy(), d.recordedAt());
    }

    public DecisionBuilder withId(DecisionId id) {
        this.id = id;
        return this;
    }

    public DecisionBuilder of(OrganisationId organisationId) {
        this.organisationId = organisationId;
        return this;
    }

    /** Taken in that meeting (null: by written procedure). */
    public DecisionBuilder takenIn(MeetingId meetingId) {
        this.meetingId = meetingId;
        return this;
    }

    public DecisionBuilder about(DecisionSubject subject, UUID subjectId) {
        this.subject = subject;
        this.subjectId = subjectId;
        return this;
    }

    public DecisionBuilder answering(RequestId requestId) {
        this.requestId = requestId;
        return this;
    }

    /** The outcome and the status it gives a tool (null for other subjects). */
    public DecisionBuilder withOutcome(DecisionOutcome outcome, ToolStatus toolStatus) {
        this.outcome = outcome;
        this.toolStatus = toolStatus;
        return this;
    }

    public DecisionBuilder withConditions(String conditions) {
        this.conditions = conditions;
        return this;
    }

    public DecisionBuilder because(String rationale) {
        this.rationale = rationale;
        return this;
    }

    public DecisionBuilder withVotes(Votes votes) {
        this.votes = votes;
        return this;
    }

    public DecisionBuilder reviewedOn(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
        return this;
    }

    public DecisionBuilder revising(DecisionId revises) {
        this.revises = revises;
        return this;
    }

    public DecisionBuilder recordedBy(MemberId recordedBy, Instant recordedAt) {
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        return this;
    }

    public Decision build() {
        return new Decision(
                id,
                organisationId,
                meetingId,
                subject,
                subjectId,
                requestId,
                outcome,
                toolStatus,
                conditions,
                rationale,
                votes,
                reviewDate,
                revises,
                recordedBy,
                recordedAt);
    }
}
