package org.gouvernail.domain.federation.port.out;

import org.gouvernail.domain.shared.OrganisationId;

/**
 * Out-port: the one question other areas ask of federations (the shared tool catalogue, adoption):
 * is this organisation an ACTIVE member of that federation now? One indexed read.
 */
public interface FederationMembers {

    boolean isActiveMember(OrganisationId federationId, OrganisationId organisationId);
}
