package org.gouvernail.domain.committee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: the organisation's AI governance committee: its charter and its members. It refuses a
 * voting member beyond the charter's maximum ("committee-full"), reports itself not constituted
 * below the minimum (then it cannot decide), and computes the quorum from an attendance.
 */
public record Committee(OrganisationId organisationId, Charter charter, List<CommitteeMember> members, long version) {

    public static final int MAX_MEMBERS = 30;

    public Committee {
        Objects.requireNonNull(organisationId, "organisationId");
        charter = charter == null ? Charter.standard() : charter;
        members = members == null ? List.of() : List.copyOf(members);
        if (members.size() > MAX_MEMBERS) {
            throw new InvalidInput(
                    "members", "too-many", "at most " + MAX_MEMBERS + " members", "members", MAX_MEMBERS);
        }
        Set<MemberId> seen = new HashSet<>();
        for (CommitteeMember member : members) {
            if (!seen.add(member.memberId())) {
                throw new InvalidInput("members", "duplicate-member", "a member is seated only once");
            }
        }
        long voting = members.stream().filter(CommitteeMember::voting).count();
        if (voting > charter.maxVotingMembers()) {
            throw new RuleViolation(
                    "committee-full",
                    "the charter allows at most " + charter.maxVotingMembers() + " voting members",
                    charter.maxVotingMembers());
        }
    }

    /** The committee before anyone configured it: the standard charter, nobody seated. */
    public static Committee empty(OrganisationId organisationId) {
        return new Committee(organisationId, Charter.standard(), List.of(), 0);
    }

    public Committee withCharterAndMembers(Charter changed, List<CommitteeMember> seated) {
        return new Committee(organisationId, changed, seated, version);
    }

    public List<CommitteeMember> votingMembers(LocalDate day) {
        return members.stream().filter(member -> member.votesOn(day)).toList();
    }

    /** At least the charter's minimum of voting members on {@code day}. */
    public boolean constituted(LocalDate day) {
        return votingMembers(day).size() >= charter.minVotingMembers();
    }

    public void requireConstituted(LocalDate day) {
        if (!constituted(day)) {
            throw new RuleViolation(
                    "committee-not-constituted",
                    "the committee has " + votingMembers(day).size() + " voting members, fewer than the "
                            + charter.minVotingMembers() + " its charter requires",
                    votingMembers(day).size(),
                    charter.minVotingMembers());
        }
    }

    public int quorumRequired(LocalDate day) {
        return charter.quorumRule().required(votingMembers(day).size());
    }

    /** The voting members among the attendees. */
    public int votingPresent(Collection<MemberId> attendees, LocalDate day) {
        return (int) votingMembers(day).stream()
                .filter(member -> attendees.contains(member.memberId()))
                .count();
    }

    public boolean quorumMet(Collection<MemberId> attendees, LocalDate day) {
        return constituted(day) && votingPresent(attendees, day) >= quorumRequired(day);
    }

    public boolean seats(MemberId member) {
        return members.stream().anyMatch(seat -> seat.memberId().equals(member));
    }
}
