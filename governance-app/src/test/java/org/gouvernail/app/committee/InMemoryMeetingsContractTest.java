package org.gouvernail.app.committee;

import org.gouvernail.app.organisation.InMemoryMemberships;
import org.gouvernail.app.organisation.InMemoryOrganisations;
import org.gouvernail.domain.committee.port.out.Meetings;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.organisation.port.out.Organisations;

/** The meetings contract on the fake of the service tests. */
class InMemoryMeetingsContractTest extends MeetingsContract {

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryOrganisations organisations = new InMemoryOrganisations(memberships);
    private final InMemoryMeetings meetings = new InMemoryMeetings();

    @Override
    protected Meetings meetings() {
        return meetings;
    }

    @Override
    protected Organisations organisations() {
        return organisations;
    }

    @Override
    protected Memberships memberships() {
        return memberships;
    }
}
