package org.gouvernail.domain.privacy.port.in;

import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.privacy.Erasure;
import org.gouvernail.domain.privacy.PersonalDataReport;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;

/** Use case: a person's data in one organisation, on their request (GDPR art. 15, 17, 20). */
public interface PersonalData {

    /** Everything the organisation holds about a member; ADMIN or DATA_REFERENT. */
    PersonalDataReport of(Caller caller, OrganisationId organisationId, MemberId memberId);

    /** Everything the organisation holds about the caller; any member, for themself. */
    PersonalDataReport mine(Caller caller, OrganisationId organisationId);

    /**
     * Replaces the member's identifying data by a pseudonym everywhere in the organisation; ADMIN.
     * Refused (erasure-held) while a record must keep their name, and (erasure-of-self) for the
     * caller's own membership, which another administrator erases.
     */
    Erasure erase(Caller caller, OrganisationId organisationId, MemberId memberId);
}
