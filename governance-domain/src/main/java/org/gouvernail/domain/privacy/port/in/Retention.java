package org.gouvernail.domain.privacy.port.in;

import java.util.Map;
import org.gouvernail.domain.privacy.RetentionPolicy;
import org.gouvernail.domain.privacy.RetentionRule;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;

/** Use case: how long an organisation keeps its records, and the scheduled purge of what it no longer keeps. */
public interface Retention {

    /** The organisation's policy (the defaults until changed); ADMIN or DATA_REFERENT. */
    RetentionPolicy policy(Caller caller, OrganisationId organisationId);

    /**
     * Replaces the policy: each rule given within its bounds, the others back to their defaults; ADMIN;
     * {@code expectedVersion} from If-Match.
     */
    RetentionPolicy change(
            Caller caller, OrganisationId organisationId, long expectedVersion, Map<RetentionRule, Integer> months);

    /** One purge round over the organisations due; the number of records deleted. */
    int purgeDue();
}
