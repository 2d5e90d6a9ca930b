package org.gouvernail.domain.todo.port.out;

import java.time.Instant;
import java.util.List;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.DueItem;

/**
 * Out-port every area implements (one bean per area, or per kind of subject): what its open subjects
 * ask of people. The to-do lists, the digests and the calendar ask every source, so each call must
 * cost a fixed number of statements (one, in the sources written so far), whatever the number of
 * memberships or of subjects: one query over all the organisations given, bounded by {@code limit},
 * never one query per membership. Callers merge the sources' items and sort them themselves.
 *
 * <p>"Due before {@code until}" means {@code dueAt <= until}; an item without a deadline is always
 * due. A source decides what of its subjects is due at all (a mitigation action without a due date
 * is not; a pending approval request, without deadline, is). Items already late stay listed until
 * they are done, with their past {@code dueAt}.
 */
public interface DueItemSource {

    /**
     * Items assigned to these memberships (one per organisation, the caller's; the inactive ones are
     * ignored), by name ({@code Assignee.Person} of one of these memberships) or by a role the
     * membership of that organisation holds ({@code Assignee.AnyOf}), due before {@code until} or
     * without a deadline; soonest first, at most {@code limit}.
     */
    List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit);

    /**
     * Every open item of one organisation due before {@code until} or without a deadline, for its
     * coordinators: an item asked of each member is listed once per member; soonest first, at most
     * {@code limit}.
     */
    List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit);
}
