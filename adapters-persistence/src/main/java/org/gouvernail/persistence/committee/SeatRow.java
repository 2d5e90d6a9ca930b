package org.gouvernail.persistence.committee;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.CommitteeRole;
import org.gouvernail.domain.organisation.MemberId;

/**
 * Row of table committee_member, keyed by the member's id in its committee's map: one seat. Its
 * version is the committee's; equality by value lets the committee rewrite only the seats that
 * changed.
 */
@Embeddable
public class SeatRow {

    @Enumerated(EnumType.STRING)
    public CommitteeRole committeeRole;

    public boolean voting;
    public LocalDate mandateStart;
    public LocalDate mandateEnd;

    static SeatRow of(CommitteeMember member) {
        SeatRow row = new SeatRow();
        row.committeeRole = member.role();
        row.voting = member.voting();
        row.mandateStart = member.mandateStart();
        row.mandateEnd = member.mandateEnd();
        return row;
    }

    CommitteeMember toDomain(UUID memberId) {
        return new CommitteeMember(new MemberId(memberId), committeeRole, voting, mandateStart, mandateEnd);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeatRow row
                && committeeRole == row.committeeRole
                && voting == row.voting
                && Objects.equals(mandateStart, row.mandateStart)
                && Objects.equals(mandateEnd, row.mandateEnd);
    }

    @Override
    public int hashCode() {
        return Objects.hash(committeeRole, voting, mandateStart, mandateEnd);
    }
}
