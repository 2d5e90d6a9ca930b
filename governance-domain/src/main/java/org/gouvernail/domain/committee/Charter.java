package org.gouvernail.domain.committee;

import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: the committee's charter: mission, meeting frequency, whether decisions may be taken by
 * written procedure, the quorum rule and the size (3 to 5 voting members by default, at most 9).
 */
public record Charter(
        String missionStatement,
        MeetingFrequency meetingFrequency,
        boolean writtenProcedureAllowed,
        QuorumRule quorumRule,
        int minVotingMembers,
        int maxVotingMembers) {

    public static final int DEFAULT_MIN = 3;
    public static final int DEFAULT_MAX = 5;
    public static final int LARGEST = 9;

    public Charter {
        missionStatement = Check.text("missionStatement", missionStatement, Check.SHORT_TEXT_LENGTH);
        meetingFrequency = meetingFrequency == null ? MeetingFrequency.QUARTERLY : meetingFrequency;
        quorumRule = quorumRule == null ? QuorumRule.MAJORITY : quorumRule;
        Check.range("minVotingMembers", minVotingMembers, 1, LARGEST);
        Check.range("maxVotingMembers", maxVotingMembers, 1, LARGEST);
        if (minVotingMembers > maxVotingMembers) {
            throw new InvalidInput(
                    "minVotingMembers",
                    "out-of-range",
                    "the minimum size exceeds the maximum",
                    "minVotingMembers",
                    1,
                    maxVotingMembers);
        }
    }

    /** The advice for most associations: 3 to 5 voting members, majority quorum, quarterly meetings. */
    public static Charter standard() {
        return new Charter(null, MeetingFrequency.QUARTERLY, false, QuorumRule.MAJORITY, DEFAULT_MIN, DEFAULT_MAX);
    }
}
