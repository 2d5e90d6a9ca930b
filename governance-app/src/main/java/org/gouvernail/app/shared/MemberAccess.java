package org.gouvernail.app.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.OrganisationEvent.InvitationAccepted;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Authorization: resolves the caller's membership in an organisation. A stranger gets NotFound,
 * so that another organisation's existence is never revealed; a member without the role gets
 * Forbidden. A pending invitation for the caller's verified e-mail is accepted on the way.
 */
@ApplicationScoped
public class MemberAccess {

    private final Memberships memberships;
    private final Auditor auditor;

    public MemberAccess(Memberships memberships, Auditor auditor) {
        this.memberships = memberships;
        this.auditor = auditor;
    }

    public Membership member(Caller caller, OrganisationId organisationId) {
        return memberships
                .findActive(organisationId, caller.subject())
                .or(() -> acceptInvitation(caller, organisationId))
                .orElseThrow(() -> new NotFound("organisation", organisationId));
    }

    public Membership withRole(Caller caller, OrganisationId organisationId, Set<Role> roles, String action) {
        Membership member = member(caller, organisationId);
        if (!member.holdsAny(roles)) {
            throw new Forbidden(action);
        }
        return member;
    }

    public Membership accept(Caller caller, Membership invitation) {
        Membership accepted = memberships.update(invitation.acceptInvitation(caller));
        auditor.record(caller, new InvitationAccepted(accepted.organisationId(), accepted.id()));
        return accepted;
    }

    private Optional<Membership> acceptInvitation(Caller caller, OrganisationId organisationId) {
        return caller.verifiedEmail()
                .flatMap(email -> memberships.findInvited(organisationId, email))
                .map(invitation -> accept(caller, invitation));
    }
}
