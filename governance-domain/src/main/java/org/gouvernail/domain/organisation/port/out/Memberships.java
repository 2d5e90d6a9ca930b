package org.gouvernail.domain.organisation.port.out;

import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the stored memberships, always looked up inside one organisation but for the caller's own. */
public interface Memberships {

    /** Stores a new membership; RuleViolation member-exists if another one not revoked has its e-mail. */
    void add(Membership membership);

    /**
     * Saves a changed membership; fails with StaleVersion if it changed since it was read, with
     * RuleViolation member-exists if its new e-mail is another live membership's.
     */
    Membership update(Membership membership);

    Optional<Membership> find(OrganisationId organisationId, MemberId id);

    Optional<Membership> findActive(OrganisationId organisationId, String subject);

    Optional<Membership> findInvited(OrganisationId organisationId, String email);

    /** Whether a membership that is not revoked already uses this e-mail. */
    boolean emailInUse(OrganisationId organisationId, String email);

    /**
     * The active administrators who have signed in (see Membership#isActiveAdmin), as committed
     * now rather than as the transaction first saw them: under the lock of
     * Organisations#lockForMembershipChange, a change committed just before counts.
     */
    long countActiveAdmins(OrganisationId organisationId);

    Page<Membership> list(OrganisationId organisationId, PageRequest page);

    /** Every ACTIVE membership of the organisation, oldest first (an association has tens to a few thousand). */
    List<Membership> active(OrganisationId organisationId);

    /** The caller's own memberships and pending invitations, across organisations. */
    List<Membership> ofPerson(String subject, Optional<String> verifiedEmail);
}
