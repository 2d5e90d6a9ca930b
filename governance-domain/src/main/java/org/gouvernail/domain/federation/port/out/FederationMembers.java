package org.gouvernail.domain.federation.port.out;

import java.util.Collection;
import java.util.Set;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Out-port: the one question other areas ask of federations (the shared tool catalogue, adoption):
 * is this organisation an ACTIVE member of that federation now? One indexed read.
 */
public interface FederationMembers {

    boolean isActiveMember(OrganisationId federationId, OrganisationId organisationId);

    /** Whether any of these organisations (a person's, say) is an ACTIVE member of the federation: one read. */
    boolean anyActiveMember(OrganisationId federationId, Collection<OrganisationId> organisationIds);

    /** The ACTIVE members of the federation now: one read. */
    Set<OrganisationId> activeMembers(OrganisationId federationId);
}
