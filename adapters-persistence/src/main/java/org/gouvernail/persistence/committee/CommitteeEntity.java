package org.gouvernail.persistence.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import java.util.List;
import org.gouvernail.domain.committee.Charter;
import org.gouvernail.domain.committee.Committee;
import org.gouvernail.domain.committee.CommitteeMember;
import org.gouvernail.domain.committee.MeetingFrequency;
import org.gouvernail.domain.committee.QuorumRule;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table committee: the charter; the seats are rows of committee_member. */
@Entity
@Table(name = "committee")
public class CommitteeEntity {

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
    @Version
    public long version;

    /** Copies the charter; tells whether it changed. */
    boolean apply(Charter charter) {
        boolean changed = !charter.equals(charter());
        missionStatement = charter.missionStatement();
        meetingFrequency = charter.meetingFrequency();
        writtenProcedureAllowed = charter.writtenProcedureAllowed();
        quorumRule = charter.quorumRule();
        minVotingMembers = charter.minVotingMembers();
        maxVotingMembers = charter.maxVotingMembers();
        return changed;
    }

    Charter charter() {
        if (meetingFrequency == null) {
            return null;
        }
        return new Charter(missionStatement, meetingFrequency, writtenProcedureAllowed, quorumRule, minVotingMembers, maxVotingMembers);
    }

    Committee toDomain(List<CommitteeMember> members) {
        return new Committee(new OrganisationId(organisationId), charter(), members, version);
    }
}
