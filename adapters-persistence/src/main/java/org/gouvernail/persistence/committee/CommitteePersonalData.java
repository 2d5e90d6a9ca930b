package org.gouvernail.persistence.committee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.gouvernail.persistence.shared.PersonalRows;

/** Persistence adapter, personal data of the committee: seat, meetings attended, requests, decisions recorded. */
@ApplicationScoped
public class CommitteePersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    CommitteePersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> columns() {
        return Set.of(
                "committee_member.member_id",
                "meeting_attendee.member_id",
                "approval_request.requested_by",
                "decision.recorded_by");
    }

    @Override
    public List<PersonalDataCategory> collect(DataSubject person) {
        PersonalRows rows = PersonalRows.of(entityManager, person);
        return List.of(
                rows.category(
                        "committee.seat",
                        "The AI committee seat: role, voting right and mandate (the committee charter)",
                        "LEGITIMATE_INTEREST",
                        "While the mandate lasts",
                        List.of("committeeRole", "voting", "mandateStart", "mandateEnd"),
                        """
                        select c.committee_role, c.voting, c.mandate_start, c.mandate_end from committee_member c
                        where c.organisation_id = :org and c.member_id = :member"""),
                rows.category(
                        "committee.attendance",
                        "Meetings attended, with the decisions taken there (votes are recorded as counts per decision, not per person)",
                        "LEGITIMATE_INTEREST",
                        "As the minutes: for the life of the organisation (governance record)",
                        List.of("meetingId", "meetingDate", "decisionsTaken"),
                        """
                        select m.id, m.meeting_date,
                               (select count(*) from decision d where d.organisation_id = m.organisation_id and d.meeting_id = m.id)
                        from meeting_attendee a join meeting m on m.organisation_id = a.organisation_id and m.id = a.meeting_id
                        where a.organisation_id = :org and a.member_id = :member order by m.meeting_date, m.id"""),
                rows.category(
                        "committee.requests",
                        "Approval requests the person submitted to the committee",
                        "LEGITIMATE_INTEREST",
                        "For the life of the organisation (governance record)",
                        List.of("requestId", "kind", "title", "status", "createdAt"),
                        """
                        select r.id, r.kind, r.title, r.status, r.created_at from approval_request r
                        where r.organisation_id = :org and r.requested_by = :member order by r.created_at, r.id"""),
                rows.category(
                        "committee.decisions-recorded",
                        "Decisions the person recorded as secretary",
                        "LEGITIMATE_INTEREST",
                        "For the life of the organisation (governance record)",
                        List.of(
                                "decisionId",
                                "subject",
                                "outcome",
                                "votesFor",
                                "votesAgainst",
                                "votesAbstain",
                                "recordedAt"),
                        """
                        select d.id, d.subject, d.outcome, d.votes_for, d.votes_against, d.votes_abstain, d.recorded_at from decision d
                        where d.organisation_id = :org and d.recorded_by = :member order by d.recorded_at, d.id"""));
    }
}
