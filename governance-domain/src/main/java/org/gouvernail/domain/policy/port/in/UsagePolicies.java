package org.gouvernail.domain.policy.port.in;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.policy.Acknowledgement;
import org.gouvernail.domain.policy.Activity;
import org.gouvernail.domain.policy.Policy;
import org.gouvernail.domain.policy.PolicyAnswer;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.RulesInForce;
import org.gouvernail.domain.policy.UsageRule;
import org.gouvernail.domain.policy.VersionChanges;
import org.gouvernail.domain.policy.VersionContent;
import org.gouvernail.domain.policy.VersionStatus;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * In-port: the usage policies of an organisation, their versions, the members' acknowledgements
 * and the policy check. Publication is not here: it is a committee decision.
 */
public interface UsagePolicies {

    /**
     * A new policy, blank or copied from a starter template; its version 1 is a DRAFT. Blank fields
     * of a template-based policy take the template's texts in {@code language}.
     */
    record NewPolicy(String title, String purpose, String fromTemplate, String language, VersionContent content) {}

    /** A policy with its versions, newest first. */
    record PolicyView(Policy policy, List<PolicyVersion> versions) {

        public Optional<PolicyVersion> inForce() {
            return versions.stream()
                    .filter(version -> version.status() == VersionStatus.PUBLISHED)
                    .findFirst();
        }

        public Optional<PolicyVersion> open() {
            return versions.stream().filter(version -> version.status().open()).findFirst();
        }
    }

    /** A version with its policy and the names of the tools its rules name (for documents and readers). */
    record VersionView(Policy policy, PolicyVersion version, Map<UUID, String> toolNames) {}

    /**
     * Who of the organisation's active members has read a published version and who has not yet
     * (acknowledgements of people who have since left are not counted).
     */
    record Coverage(
            PolicyVersion version,
            List<Acknowledgement> acknowledged,
            List<Membership> pending,
            Map<MemberId, String> names) {

        public int activeMembers() {
            return acknowledged.size() + pending.size();
        }

        /** Share of active members who acknowledged, 0 to 1 (1 when nobody is active). */
        public double rate() {
            return activeMembers() == 0 ? 1.0 : (double) acknowledged.size() / activeMembers();
        }
    }

    /** An acknowledgement, the reader's name, and whether this call recorded it (false when it already existed). */
    record Acknowledged(Acknowledgement acknowledgement, String name, boolean created) {}

    /** What the policy check is asked: a tool or a tool category, an activity, the data involved. */
    record CheckRequest(UUID toolId, ToolCategory category, Activity activity, DataCategory data) {}

    /** The answer, the tool asked about, and for each rule the published version it belongs to. */
    record Checked(PolicyAnswer answer, AiTool tool, Map<UsageRule.Key, RulesInForce> sources) {}

    Page<Policy> policies(Caller caller, OrganisationId organisationId, PageRequest page);

    PolicyView create(Caller caller, OrganisationId organisationId, NewPolicy policy);

    PolicyView policy(Caller caller, OrganisationId organisationId, PolicyId policyId);

    PolicyView update(
            Caller caller,
            OrganisationId organisationId,
            PolicyId policyId,
            long expectedVersion,
            String title,
            String purpose);

    /** A new DRAFT copied from the latest version; refused while a draft or a version in review exists. */
    VersionView newVersion(Caller caller, OrganisationId organisationId, PolicyId policyId);

    VersionView version(Caller caller, OrganisationId organisationId, PolicyId policyId, int number);

    VersionView edit(
            Caller caller,
            OrganisationId organisationId,
            PolicyId policyId,
            int number,
            long expectedVersion,
            String language,
            VersionContent content);

    VersionView submitForReview(
            Caller caller, OrganisationId organisationId, PolicyId policyId, int number, long expectedVersion);

    VersionView returnToDraft(
            Caller caller, OrganisationId organisationId, PolicyId policyId, int number, long expectedVersion);

    VersionChanges changes(Caller caller, OrganisationId organisationId, PolicyId policyId, int number, int fromNumber);

    /** The caller confirms having read the version, or a governor records it for {@code onBehalfOf}. */
    Acknowledged acknowledge(
            Caller caller, OrganisationId organisationId, PolicyId policyId, int number, MemberId onBehalfOf);

    Coverage coverage(Caller caller, OrganisationId organisationId, PolicyId policyId, int number);

    /** The versions in force the caller has not acknowledged yet, with their policies: what an intranet asks them to read. */
    List<VersionView> toAcknowledge(Caller caller, OrganisationId organisationId);

    Checked check(Caller caller, OrganisationId organisationId, CheckRequest request);
}
