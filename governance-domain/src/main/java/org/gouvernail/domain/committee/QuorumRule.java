package org.gouvernail.domain.committee;

/** Rule of the charter: how many voting members must be present for the committee to decide. */
public enum QuorumRule {
    /** More than half of the voting members (the default). */
    MAJORITY,
    /** At least two thirds of the voting members. */
    TWO_THIRDS;

    /** The smallest attendance that makes the quorum among {@code votingMembers}. */
    public int required(int votingMembers) {
        return switch (this) {
            case MAJORITY -> votingMembers / 2 + 1;
            case TWO_THIRDS -> (2 * votingMembers + 2) / 3;
        };
    }
}
