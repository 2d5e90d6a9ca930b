package org.gouvernail.domain.committee.port.out;

import java.time.LocalDate;
import java.util.Optional;
import org.gouvernail.domain.committee.Meeting;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the committee's meetings with their agenda and attendees. */
public interface Meetings {

    void add(Meeting meeting);

    Optional<Meeting> find(OrganisationId organisationId, MeetingId id);

    /**
     * The same, its row held until the transaction ends: a concurrent agenda proposal for this meeting
     * waits for this one and then reads the agenda as this one left it. Without a database to lock, a
     * plain read.
     */
    default Optional<Meeting> findForUpdate(OrganisationId organisationId, MeetingId id) {
        return find(organisationId, id);
    }

    /** Saves a changed meeting; fails with StaleVersion if it changed since it was read. */
    Meeting update(Meeting meeting);

    /** The committee's next meeting: the soonest dated {@code from} or later (by date, then id), if any. */
    Optional<Meeting> next(OrganisationId organisationId, LocalDate from);

    /** Oldest first (by id). */
    Page<Meeting> list(OrganisationId organisationId, PageRequest page);
}
