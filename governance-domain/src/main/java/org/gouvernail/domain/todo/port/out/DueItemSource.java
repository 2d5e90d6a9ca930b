package org.gouvernail.domain.todo.port.out;

import java.time.Instant;
import java.util.List;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.DueItem;

/**
 * Out-port every area implements (one bean per area): what its open subjects ask of people. The
 * to-do list asks every source, so each call must cost a fixed number of statements, whatever the
 * number of memberships or of subjects: one query over all the organisations given, bounded by
 * {@code limit}, never one query per membership.
 */
public interface DueItemSource {

    /**
     * Items assigned to these memberships (one per organisation, the caller's), by name or by a role
     * they hold, due before {@code until} or without a deadline; soonest first, at most {@code limit}.
     */
    List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit);

    /** Every open item of one organisation due before {@code until} or without a deadline, for its coordinators. */
    List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit);
}
