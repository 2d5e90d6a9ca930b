package org.gouvernail.persistence.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.DecisionOutcome;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.committee.RequestId;
import org.gouvernail.domain.committee.Votes;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table decision: written once, never updated. */
@Entity
@Table(name = "decision")
public class DecisionEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public UUID meetingId;
    public String subject;
    public UUID subjectId;
    public UUID requestId;

    @Enumerated(EnumType.STRING)
    public DecisionOutcome outcome;

    @Enumerated(EnumType.STRING)
    public ToolStatus toolStatus;

    public String conditions;
    public String rationale;
    public int votesFor;
    public int votesAgainst;
    public int votesAbstain;
    public LocalDate reviewDate;
    public UUID revises;
    public UUID recordedBy;
    public Instant recordedAt;

    /** V142. */
    public boolean acknowledgesValuesCheck;

    static DecisionEntity from(Decision d) {
        DecisionEntity e = new DecisionEntity();
        e.id = d.id().value();
        e.organisationId = d.organisationId().value();
        e.meetingId = d.meetingId() == null ? null : d.meetingId().value();
        e.subject = d.subject().code();
        e.subjectId = d.subjectId();
        e.requestId = d.requestId() == null ? null : d.requestId().value();
        e.outcome = d.outcome();
        e.toolStatus = d.toolStatus();
        e.conditions = d.conditions();
        e.rationale = d.rationale();
        e.votesFor = d.votes().inFavour();
        e.votesAgainst = d.votes().against();
        e.votesAbstain = d.votes().abstain();
        e.reviewDate = d.reviewDate();
        e.revises = d.revises() == null ? null : d.revises().value();
        e.recordedBy = d.recordedBy().value();
        e.recordedAt = d.recordedAt();
        e.acknowledgesValuesCheck = d.acknowledgesValuesCheck();
        return e;
    }

    Decision toDomain() {
        return new Decision(
                new DecisionId(id),
                new OrganisationId(organisationId),
                meetingId == null ? null : new MeetingId(meetingId),
                DecisionSubject.of(subject),
                subjectId,
                requestId == null ? null : new RequestId(requestId),
                outcome,
                toolStatus,
                conditions,
                rationale,
                new Votes(votesFor, votesAgainst, votesAbstain),
                reviewDate,
                revises == null ? null : new DecisionId(revises),
                new MemberId(recordedBy),
                recordedAt,
                acknowledgesValuesCheck);
    }
}
