package org.gouvernail.app.policy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.port.in.CommitteeGovernance.VersionAwaiting;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.RuleConflict;
import org.gouvernail.domain.policy.UsageRule;
import org.gouvernail.domain.policy.UsageRules;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.policy.port.out.Policies;
import org.gouvernail.domain.policy.port.out.PolicyVersions;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * The effect of a committee decision on a policy version, inside the decision's transaction. An
 * approval publishes the version (it must be IN_REVIEW) and supersedes the one in force; its rules
 * must not contradict those of the organisation's other published policies, since the policy check
 * reads them all together. A rejection returns the version to DRAFT; a deferral leaves it in review.
 */
@ApplicationScoped
public class PolicyPublication {

    private final PolicyVersions versions;
    private final Policies policies;
    private final Auditor auditor;

    public PolicyPublication(PolicyVersions versions, Policies policies, Auditor auditor) {
        this.versions = versions;
        this.policies = policies;
        this.auditor = auditor;
    }

    /** The versions waiting for the committee's decision, with their policies' titles. */
    public List<VersionAwaiting> awaitingDecision(OrganisationId organisationId) {
        return versions.inReview(organisationId).stream()
                .map(version -> new VersionAwaiting(version.id().value(), version.policyId().value(),
                        policies.find(organisationId, version.policyId()).map(Policy::title).orElse(null), version.number()))
                .toList();
    }

    /** Whether the version exists in this organisation (an agenda item may point to it). */
    public boolean exists(OrganisationId organisationId, VersionId versionId) {
        return versions.find(organisationId, versionId).isPresent();
    }

    /** Applies the decision; returns the change for the decision's audit event ("" when nothing changes). */
    public String apply(Caller caller, Decision decision) {
        OrganisationId organisationId = decision.organisationId();
        VersionId versionId = new VersionId(decision.subjectId());
        PolicyVersion version = versions.find(organisationId, versionId).orElseThrow(() -> new NotFound("policy-version", versionId));
        return switch (decision.outcome()) {
            case APPROVED, APPROVED_WITH_CONDITIONS -> publish(caller, decision, version);
            case REJECTED -> {
                PolicyVersion returned = versions.update(version.returnToDraft());
                auditor.record(caller, organisationId, "policy-version.returned", PolicyService.VERSION, versionId.value(),
                        "number: " + version.number() + "; status: IN_REVIEW → DRAFT; decision: " + decision.id());
                yield "policy version " + returned.number() + " returned to DRAFT";
            }
            case DEFERRED -> "";
        };
    }

    private String publish(Caller caller, Decision decision, PolicyVersion version) {
        OrganisationId organisationId = decision.organisationId();
        List<PolicyVersion> inForce = versions.published(organisationId);
        requireConsistentWithOtherPolicies(version, inForce.stream().filter(other -> !other.policyId().equals(version.policyId())).toList());
        StringBuilder change = new StringBuilder();
        for (PolicyVersion previous : inForce) {
            if (previous.policyId().equals(version.policyId())) {
                versions.update(previous.supersede(decision.recordedAt()));
                auditor.record(caller, organisationId, "policy-version.superseded", PolicyService.VERSION, previous.id().value(),
                        "number: " + previous.number() + "; status: PUBLISHED → SUPERSEDED; by: " + version.number() + "; decision: " + decision.id());
                change.append("version ").append(previous.number()).append(" superseded; ");
            }
        }
        PolicyVersion published = versions.update(version.publish(decision.id().value(), decision.recordedAt()));
        auditor.record(caller, organisationId, "policy-version.published", PolicyService.VERSION, published.id().value(),
                "number: " + published.number() + "; status: " + version.status() + " → PUBLISHED; rules: " + published.content().rules().rules().size()
                        + "; decision: " + decision.id());
        return change + "policy version " + published.number() + " published";
    }

    private void requireConsistentWithOtherPolicies(PolicyVersion version, List<PolicyVersion> others) {
        List<UsageRule> combined = new ArrayList<>(version.content().rules().rules());
        List<PolicyVersion> owners = new ArrayList<>();
        others.forEach(other -> other.content().rules().rules().forEach(rule -> {
            combined.add(rule);
            owners.add(other);
        }));
        int own = version.content().rules().rules().size();
        UsageRules.firstConflict(combined).filter(conflict -> conflict.secondIndex() >= own).ifPresent(conflict -> {
            PolicyVersion other = owners.get(conflict.secondIndex() - own);
            String title = policies.find(other.organisationId(), other.policyId()).map(Policy::title).orElse(other.policyId().toString());
            throw new RuleViolation("contradicts-published-policy", "rule " + (conflict.firstIndex() + 1) + " contradicts a rule of " + title,
                    conflict.firstIndex() + 1, RuleConflict.describe(conflict.first()), title, other.number(),
                    RuleConflict.describe(conflict.second()));
        });
    }
}
