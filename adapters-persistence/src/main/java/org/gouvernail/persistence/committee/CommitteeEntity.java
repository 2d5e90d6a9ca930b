package org.gouvernail.persistence.committee;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.Committee;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.MeetingFrequency;
import org.gouvernail.domain.committee.QuorumRule;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Row of table committee: the charter, with the seats in committee_member keyed by the member's id:
 * a collection of the committee, so that a change to the seats alone still moves its one version.
 * The seats' table joins on organisation_id, the committee's id: a seat cannot leave its organisation.
 */
@Entity
@Table(name = "committee")
public class CommitteeEntity {

    /** The order the committee has always listed its seats in: by role name, then member id. */
    private static final Comparator<CommitteeMember> SEAT_ORDER = Comparator.<CommitteeMember, String>comparing(
                    member -> member.role().name())
            .thenComparing(member -> member.memberId().value().toString());

    @Id
    public UUID organisationId;

    public String missionStatement;

    @Enumerated(EnumType.STRING)
    public MeetingFrequency meetingFrequency;

    public boolean writtenProcedureAllowed;

    @Enumerated(EnumType.STRING)
    public QuorumRule quorumRule;

    public int minVotingMembers;
    public int maxVotingMembers;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_member", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "member_id")
    public Map<UUID, SeatRow> seats = new HashMap<>();

    @Version
    public long version;

    /** Copies the charter and the seats, touching only the seats that changed: an unchanged save keeps the version. */
    void apply(Committee committee) {
        Charter charter = committee.charter();
        missionStatement = charter.missionStatement();
        meetingFrequency = charter.meetingFrequency();
        writtenProcedureAllowed = charter.writtenProcedureAllowed();
        quorumRule = charter.quorumRule();
        minVotingMembers = charter.minVotingMembers();
        maxVotingMembers = charter.maxVotingMembers();
        Map<UUID, SeatRow> wanted = new HashMap<>();
        committee.members().forEach(member -> wanted.put(member.memberId().value(), SeatRow.of(member)));
        seats.keySet().stream().filter(id -> !wanted.containsKey(id)).toList().forEach(seats::remove);
        wanted.forEach((id, row) -> {
            if (!row.equals(seats.get(id))) {
                seats.put(id, row);
            }
        });
    }

    Charter charter() {
        if (meetingFrequency == null) {
            return null;
        }
        return new Charter(
                missionStatement,
                meetingFrequency,
                writtenProcedureAllowed,
                quorumRule,
                minVotingMembers,
                maxVotingMembers);
    }

    Committee toDomain() {
        List<CommitteeMember> members = seats.entrySet().stream()
                .map(seat -> seat.getValue().toDomain(seat.getKey()))
                .sorted(SEAT_ORDER)
                .toList();
        return new Committee(new OrganisationId(organisationId), charter(), members, version);
    }
}
