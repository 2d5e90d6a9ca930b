package org.gouvernail.persistence.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
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
    @Column(name = "organisation_id")
    @JdbcTypeCode(SqlTypes.CHAR)
    public UUID organisationId;
    @Column(name = "mission_statement")
    public String missionStatement;
    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_frequency")
    public MeetingFrequency meetingFrequency;
    @Column(name = "written_procedure_allowed")
    public boolean writtenProcedureAllowed;
    @Enumerated(EnumType.STRING)
    @Column(name = "quorum_rule")
    public QuorumRule quorumRule;
    @Column(name = "min_voting_members")
    public int minVotingMembers;
    @Column(name = "max_voting_members")
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
