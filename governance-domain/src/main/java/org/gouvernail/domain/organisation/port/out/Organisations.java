package org.gouvernail.domain.organisation.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the stored organisations. */
public interface Organisations {

    void add(Organisation organisation);

    Optional<Organisation> find(OrganisationId id);

    /**
     * The organisation if it is a FEDERATION: a federation-side call on anything else is 404, so that
     * an association is not told apart from an id that does not exist.
     */
    default Organisation requireFederation(OrganisationId id) {
        return find(id).filter(organisation -> organisation.kind() == OrganisationKind.FEDERATION)
                .orElseThrow(() -> new NotFound("federation", id));
    }

    /**
     * The organisations of these ids that exist, in no particular order: one read for all of them,
     * e.g. for the organisations of a person's memberships (/me), whatever their number.
     */
    List<Organisation> findAll(Collection<OrganisationId> ids);

    /** Saves a changed organisation; fails with StaleVersion if it changed since it was read. */
    Organisation update(Organisation organisation);

    boolean slugTaken(String slug, OrganisationId except);

    /** The organisation with this slug (its public pages are addressed by it). */
    Optional<Organisation> findBySlug(String slug);

    /**
     * Holds the organisation until the transaction ends, so that changes to its members that
     * depend on each other (who remains administrator) happen one after the other.
     */
    void lockForMembershipChange(OrganisationId id);

    /** The organisations where this subject holds an active membership. */
    Page<Organisation> withActiveMember(String subject, PageRequest page);
}
