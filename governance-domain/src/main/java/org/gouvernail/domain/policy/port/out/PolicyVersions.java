package org.gouvernail.domain.policy.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.policy.PolicyVersion;
import org.gouvernail.domain.policy.RulesInForce;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.shared.OrganisationId;

/** Out-port: the versions of an organisation's policies, with their rules. */
public interface PolicyVersions {

    /** Stores a new version; a second version with the same number for the policy fails with RuleViolation "policy-draft-exists". */
    void add(PolicyVersion version);

    Optional<PolicyVersion> find(OrganisationId organisationId, PolicyId policyId, int number);

    Optional<PolicyVersion> find(OrganisationId organisationId, VersionId id);

    /** Saves a changed version; fails with StaleVersion if it changed since it was read. */
    PolicyVersion update(PolicyVersion version);

    /** Every version of the policy, newest first. */
    List<PolicyVersion> list(OrganisationId organisationId, PolicyId policyId);

    /** The number of versions, of any policy and status, whose rules name this tool. */
    long namingTool(OrganisationId organisationId, UUID toolId);

    /** The versions submitted to the committee (IN_REVIEW), oldest first. */
    List<PolicyVersion> inReview(OrganisationId organisationId);

    /** The versions in force: the PUBLISHED one of each policy of the organisation. */
    List<PolicyVersion> published(OrganisationId organisationId);

    /** The rules of the versions in force with their policies' titles, without the texts (read on every policy check). */
    List<RulesInForce> rulesInForce(OrganisationId organisationId);

    /** The versions in force of these organisations' policies, in one query (and their rules). */
    List<PolicyVersion> published(Collection<OrganisationId> organisationIds);
}
