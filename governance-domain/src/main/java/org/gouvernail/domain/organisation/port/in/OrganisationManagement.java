package org.gouvernail.domain.organisation.port.in;

import java.util.List;
import org.gouvernail.domain.organisation.MemberDetails;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.OrganisationKind;
import org.gouvernail.domain.organisation.OrganisationProfile;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Use cases: registering organisations and managing who takes part in their AI governance.
 * Reads are open to every active member; changes to members and profile need ADMIN.
 */
public interface OrganisationManagement {

    /** The caller and their memberships; pending invitations for their verified e-mail are accepted. */
    List<MyMembership> me(Caller caller);

    /** Platform administrators only; the caller becomes the organisation's first ADMIN. */
    Organisation register(Caller caller, OrganisationKind kind, OrganisationProfile profile);

    Page<Organisation> mine(Caller caller, PageRequest page);

    Organisation organisation(Caller caller, OrganisationId organisationId);

    Organisation updateProfile(
            Caller caller, OrganisationId organisationId, long expectedVersion, OrganisationProfile profile);

    Page<Membership> members(Caller caller, OrganisationId organisationId, PageRequest page);

    Membership member(Caller caller, OrganisationId organisationId, MemberId memberId);

    Membership addMember(Caller caller, OrganisationId organisationId, MemberDetails details);

    Membership updateMember(
            Caller caller,
            OrganisationId organisationId,
            MemberId memberId,
            long expectedVersion,
            MemberDetails details);

    /** Revokes the membership: it stays in the history (audit trail, training records). */
    void removeMember(Caller caller, OrganisationId organisationId, MemberId memberId, long expectedVersion);

    /** Read model: one of the caller's memberships with the organisation it opens. */
    record MyMembership(Membership membership, Organisation organisation) {}
}
