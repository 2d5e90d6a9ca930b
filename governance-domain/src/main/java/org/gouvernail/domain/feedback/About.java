package org.gouvernail.domain.feedback;

import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: the subject of a feedback item. A tool, a use case or a training module is named by its
 * id; a policy rule by its policy, the version number and optionally the rule's key as the policy
 * check shows it; NOTHING names nothing.
 */
public record About(AboutKind kind, UUID subjectId, Integer policyVersion, String rule) {

    public static final int RULE_LENGTH = 200;

    public About {
        Objects.requireNonNull(kind, "kind");
        rule = Check.text("about.rule", rule, RULE_LENGTH);
        if (kind == AboutKind.NOTHING) {
            if (subjectId != null || policyVersion != null || rule != null) {
                throw new InvalidInput("about.subjectId", "about-nothing", "NOTHING names no subject");
            }
        } else {
            Check.present("about.subjectId", subjectId);
            if (kind == AboutKind.POLICY_RULE) {
                Check.present("about.policyVersion", policyVersion);
                Check.range("about.policyVersion", policyVersion, 1, 10_000);
            } else if (policyVersion != null || rule != null) {
                throw new InvalidInput(
                        "about.policyVersion", "about-policy-only", "a version and a rule name a policy rule only");
            }
        }
    }

    public static About nothing() {
        return new About(AboutKind.NOTHING, null, null, null);
    }
}
