package org.gouvernail.domain.todo.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.DueItem;

/**
 * In-port: what people must do, read from every area's due items: a person's own list across their
 * organisations, an organisation's whole list for its coordinators, and the person's calendar feed
 * behind a revocable token.
 */
public interface ThingsToDo {

    /** The most items one list holds; the soonest are kept. */
    int MAX_ITEMS = 200;

    /** Items soonest first (those without a deadline last), as of {@code asOf}; truncated when more were due. */
    record ToDoList(Instant asOf, Instant until, List<DueItem> items, boolean truncated) {
        public ToDoList {
            items = List.copyOf(items);
        }
    }

    /** What the caller must do in every organisation where they are an active member, due before {@code until}. */
    ToDoList mine(Caller caller, Instant until);

    /** Everything due in the organisation before {@code until}, for its governors (ADMIN, COMMITTEE). */
    ToDoList of(Caller caller, OrganisationId organisationId, Instant until);

    /** A calendar token in clear (shown once) and when it was issued. */
    record CalendarToken(String token, Instant issuedAt) {}

    /** Issues the caller's calendar token, replacing the previous one, which stops working. */
    CalendarToken issueCalendarToken(Caller caller);

    /** When the caller's current token was issued, if they have one (the token itself is never shown again). */
    Optional<Instant> calendarTokenIssuedAt(Caller caller);

    /** Revokes the caller's token; NotFound calendar-token if they had none. */
    void revokeCalendarToken(Caller caller);

    /** The calendar of the person the token names: their items from a month ago to a year ahead. */
    ToDoList calendar(String token);
}
