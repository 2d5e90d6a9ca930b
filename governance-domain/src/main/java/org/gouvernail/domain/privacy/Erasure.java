package org.gouvernail.domain.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Read model and rule: the outcome of erasing one person in one organisation: the pseudonym now in
 * their place and how many rows were rewritten. {@link #refuseIfHeld} is the rule that comes first:
 * any legal hold refuses the whole erasure (nothing is half erased).
 */
public record Erasure(
        OrganisationId organisationId, MemberId memberId, String pseudonym, Instant erasedAt, long rowsRewritten) {

    public Erasure {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(erasedAt, "erasedAt");
    }

    /** Refuses (409 erasure-held) while any record must keep the person's name; names the first one. */
    public static void refuseIfHeld(MemberId memberId, List<ErasureHold> holds) {
        if (!holds.isEmpty()) {
            ErasureHold first = holds.get(0);
            throw new RuleViolation(
                    "erasure-held",
                    "member " + memberId + " cannot be erased: " + first.code() + " on " + first.subjectType() + " "
                            + first.subjectId(),
                    first.subjectType(),
                    first.subjectId(),
                    holds.size());
        }
    }
}
