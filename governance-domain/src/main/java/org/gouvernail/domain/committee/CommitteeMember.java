package org.gouvernail.domain.committee;

import java.time.LocalDate;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.InvalidInput;

/** Value: a membership of the organisation seated on the committee, with its role, vote and mandate. */
public record CommitteeMember(
        MemberId memberId, CommitteeRole role, boolean voting, LocalDate mandateStart, LocalDate mandateEnd) {

    public CommitteeMember {
        Objects.requireNonNull(memberId, "memberId");
        role = role == null ? CommitteeRole.MEMBER : role;
        if (mandateStart != null && mandateEnd != null && mandateEnd.isBefore(mandateStart)) {
            throw new InvalidInput("mandateEnd", "mandate-dates", "the mandate ends before it starts");
        }
    }

    /** Whether the member votes on {@code day}: a voting seat within its mandate. */
    public boolean votesOn(LocalDate day) {
        return voting
                && (mandateStart == null || !day.isBefore(mandateStart))
                && (mandateEnd == null || !day.isAfter(mandateEnd));
    }
}
