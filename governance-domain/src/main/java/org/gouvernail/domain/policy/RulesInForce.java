package org.gouvernail.domain.policy;

import java.util.Objects;

/**
 * Value: the rules of one published version with what names their source (policy, title, number),
 * without the texts: what the policy check reads on every call.
 */
public record RulesInForce(VersionId versionId, PolicyId policyId, String policyTitle, int number, UsageRules rules) {

    public RulesInForce {
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(rules, "rules");
    }
}
