package org.gouvernail.app.policy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.domain.committee.AwaitingDecision;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.committee.port.out.DecisionEffect;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyEvent.VersionMoved;
import org.gouvernail.domain.policy.PolicyEvent.VersionPublished;
import org.gouvernail.domain.policy.PolicyEvent.VersionSuperseded;
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
 * Decision effect: what a committee decision does to a policy version, inside the decision's transaction. An
 * approval publishes the version (it must be IN_REVIEW) and supersedes the one in force; its rules
 * must not contradict those of the organisation's other published policies, since the policy check
 * reads them all together. A rejection returns the version to DRAFT; a deferral leaves it in review.
 */
@ApplicationScoped
public class PolicyPublication implements DecisionEffect {

    private final PolicyVersions versions;
    private final Policies policies;
    private final Auditor auditor;

    public PolicyPublication(PolicyVersions versions, Policies policies, Auditor auditor) {
        this.versions = versions;
        this.policies = policies;
        this.auditor = auditor;
    }

    @Override
    public DecisionSubject subject() {
        return DecisionSubject.POLICY_VERSION;
    }

    @Override
    public String subjectName() {
        return "policy-version";
    }

    /** The versions waiting for the committee's decision (IN_REVIEW), with their policies' titles. */
    @Override
    public List<AwaitingDecision> awaitingDecision(OrganisationId organisationId) {
        return versions.inReview(organisationId).stream()
                .map(version -> new AwaitingDecision(
                        DecisionSubject.POLICY_VERSION,
                        version.id().value(),
                        version.policyId().value(),
                        policies.find(organisationId, version.policyId())
                                .map(Policy::title)
                                .orElse(null),
                        version.number()))
                .toList();
    }

    @Override
    public boolean exists(OrganisationId organisationId, UUID versionId) {
        return versions.find(organisationId, new VersionId(versionId)).isPresent();
    }

    @Override
    public String apply(Caller caller, Decision decision) {
        OrganisationId organisationId = decision.organisationId();
        VersionId versionId = new VersionId(decision.subjectId());
        PolicyVersion version =
                versions.find(organisationId, versionId).orElseThrow(() -> new NotFound("policy-version", versionId));
        return switch (decision.outcome()) {
            case APPROVED, APPROVED_WITH_CONDITIONS -> publish(caller, decision, version);
            case REJECTED -> {
                PolicyVersion returned = versions.update(version.returnToDraft());
                auditor.record(
                        caller,
                        new VersionMoved(version, returned, decision.id().value()));
                yield "policy version " + returned.number() + " returned to DRAFT";
            }
            case DEFERRED -> "";
        };
    }

    private String publish(Caller caller, Decision decision, PolicyVersion version) {
        OrganisationId organisationId = decision.organisationId();
        List<PolicyVersion> inForce = versions.published(organisationId);
        requireConsistentWithOtherPolicies(
                version,
                inForce.stream()
                        .filter(other -> !other.policyId().equals(version.policyId()))
                        .toList());
        StringBuilder change = new StringBuilder();
        for (PolicyVersion previous : inForce) {
            if (previous.policyId().equals(version.policyId())) {
                versions.update(previous.supersede(decision.recordedAt()));
                auditor.record(
                        caller,
                        new VersionSuperseded(
                                previous, version.number(), decision.id().value()));
                change.append("version ").append(previous.number()).append(" superseded; ");
            }
        }
        PolicyVersion published = versions.update(version.publish(decision.id().value(), decision.recordedAt()));
        auditor.record(
                caller,
                new VersionPublished(version.status(), published, decision.id().value()));
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
        UsageRules.firstConflict(combined)
                .filter(conflict -> conflict.secondIndex() >= own)
                .ifPresent(conflict -> {
                    PolicyVersion other = owners.get(conflict.secondIndex() - own);
                    String title = policies.find(other.organisationId(), other.policyId())
                            .map(Policy::title)
                            .orElse(other.policyId().toString());
                    throw new RuleViolation(
                            "contradicts-published-policy",
                            "rule " + (conflict.firstIndex() + 1) + " contradicts a rule of " + title,
                            conflict.firstIndex() + 1,
                            RuleConflict.describe(conflict.first()),
                            title,
                            other.number(),
                            RuleConflict.describe(conflict.second()));
                });
    }
}
