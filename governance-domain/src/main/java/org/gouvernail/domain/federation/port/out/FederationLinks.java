package org.gouvernail.domain.federation.port.out;

import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.federation.FederationLink;
import org.gouvernail.domain.federation.FederationLinkId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Out-port: the stored federation links with their consent history, always looked up from one side:
 * the federation's ({@code federationId}) or the member's ({@code associationId}).
 */
public interface FederationLinks {

    /** Stores a new link; RuleViolation federation-already-linked if one not ended links the same pair. */
    void add(FederationLink link);

    /**
     * Saves a changed link and appends the history entries it holds beyond those stored (entries are
     * never rewritten); StaleVersion if it changed since it was read.
     */
    FederationLink update(FederationLink link);

    Optional<FederationLink> ofFederation(OrganisationId federationId, FederationLinkId id);

    Optional<FederationLink> ofMember(OrganisationId associationId, FederationLinkId id);

    /** The link not ended between the federation and the association, if any. */
    Optional<FederationLink> current(OrganisationId federationId, OrganisationId associationId);

    /** The federation's links, oldest first. */
    Page<FederationLink> listOfFederation(OrganisationId federationId, PageRequest page);

    /** The member's links, to every federation, oldest first. */
    Page<FederationLink> listOfMember(OrganisationId associationId, PageRequest page);

    /** At most {@code limit} ACTIVE links (of any federation) without a snapshot for {@code period}, by id. */
    List<FederationLink> activeWithoutSnapshot(java.time.LocalDate period, int limit);

    /** Every ACTIVE link of the federation (a federation has up to a few thousand members). */
    List<FederationLink> active(OrganisationId federationId);
}
