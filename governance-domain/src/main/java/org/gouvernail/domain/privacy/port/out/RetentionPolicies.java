package org.gouvernail.domain.privacy.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.privacy.RetentionPolicy;
import org.gouvernail.domain.privacy.RetentionRule;
import org.gouvernail.domain.shared.OrganisationId;

/** Out-port: the organisations' retention policies, and the purge of what they no longer keep. */
public interface RetentionPolicies {

    /** The organisation's policy; empty while it keeps the defaults. */
    Optional<RetentionPolicy> find(OrganisationId organisationId);

    /** Saves the policy if its version is still {@code expectedVersion}; the saved one (version + 1). */
    RetentionPolicy save(RetentionPolicy policy, long expectedVersion);

    /**
     * Claims the next purge of up to {@code limit} organisations whose last purge is older than
     * {@code dueBefore} (none yet included), setting it to {@code now}: of several instances, each
     * organisation goes to one. The organisations claimed.
     */
    List<OrganisationId> claimDue(Instant dueBefore, Instant now, int limit);

    /** Deletes at most {@code limit} records of the rule's type older than {@code cutoff} in one organisation. */
    int purge(RetentionRule rule, OrganisationId organisationId, Instant cutoff, int limit);
}
