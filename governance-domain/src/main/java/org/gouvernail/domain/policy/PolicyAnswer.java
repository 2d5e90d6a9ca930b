package org.gouvernail.domain.policy;

import java.util.List;
import java.util.Objects;

/**
 * Value: the answer to a {@link PolicyQuestion}. {@code decidedBy} is the rule whose verdict was
 * kept (absent when the tool's status or the absence of any rule decided); {@code applied} lists
 * the rule kept for the tool side and for the activity side; {@code conditions} gathers their
 * conditions, all of which apply.
 */
public record PolicyAnswer(
        Verdict verdict, Basis basis, UsageRule decidedBy, List<UsageRule> applied, List<String> conditions) {

    /** What settled the verdict. */
    public enum Basis {
        /** A rule of a published version. */
        RULE,
        /** The tool's own status is stricter than every rule (a FORBIDDEN tool stays forbidden). */
        TOOL_STATUS,
        /** No published rule speaks for the question: ask the committee. */
        NO_RULE
    }

    public PolicyAnswer {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(basis, "basis");
        applied = List.copyOf(applied);
        conditions = List.copyOf(conditions);
    }
}
