package org.gouvernail.app.todo;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Memberships;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.in.ThingsToDo;
import org.gouvernail.domain.todo.port.out.CalendarTokens;
import org.gouvernail.domain.todo.port.out.DueItemSource;

/**
 * Use case service: the to-do lists and the calendar feed, read from every area's {@link DueItemSource}
 * (one bean per area, each one statement per call): a person's list costs their memberships and one
 * query per source, whatever the number of their organisations and of the items.
 */
@ApplicationScoped
public class ToDoService implements ThingsToDo {

    /** How far back and ahead the calendar feed reaches. */
    static final Duration CALENDAR_BACK = Duration.ofDays(31);

    static final Duration CALENDAR_AHEAD = Duration.ofDays(366);

    private static final Comparator<DueItem> SOONEST_FIRST = Comparator.comparing(
                    DueItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DueItem::kind)
            .thenComparing(DueItem::subjectId);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<DueItemSource> sources;
    private final Memberships memberships;
    private final CalendarTokens calendarTokens;
    private final MemberAccess access;
    private final Clock clock;

    public ToDoService(
            @All List<DueItemSource> sources,
            Memberships memberships,
            CalendarTokens calendarTokens,
            MemberAccess access,
            Clock clock) {
        this.sources = List.copyOf(sources);
        this.memberships = memberships;
        this.calendarTokens = calendarTokens;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ToDoList mine(Caller caller, Instant until) {
        return dueFor(caller.subject(), clock.instant(), until);
    }

    /** What the person {@code subject} must do before {@code until}, in all their organisations. */
    @Transactional
    public ToDoList dueFor(String subject, Instant asOf, Instant until) {
        List<Membership> active = memberships.ofPerson(subject, Optional.empty()).stream()
                .filter(Membership::isActive)
                .toList();
        if (active.isEmpty()) {
            return new ToDoList(asOf, until, List.of(), false);
        }
        List<DueItem> items = new ArrayList<>();
        for (DueItemSource source : sources) {
            items.addAll(source.dueFor(active, until, MAX_ITEMS + 1));
        }
        return soonestFirst(asOf, until, items);
    }

    @Override
    @Transactional
    public ToDoList of(Caller caller, OrganisationId organisationId, Instant until) {
        access.withRole(caller, organisationId, Role.GOVERNORS, "read-organisation-todo");
        List<DueItem> items = new ArrayList<>();
        for (DueItemSource source : sources) {
            items.addAll(source.dueIn(organisationId, until, MAX_ITEMS + 1));
        }
        return soonestFirst(clock.instant(), until, items);
    }

    private static ToDoList soonestFirst(Instant asOf, Instant until, List<DueItem> items) {
        List<DueItem> sorted = items.stream().sorted(SOONEST_FIRST).toList();
        boolean truncated = sorted.size() > MAX_ITEMS;
        return new ToDoList(asOf, until, truncated ? sorted.subList(0, MAX_ITEMS) : sorted, truncated);
    }

    @Override
    @Transactional
    public CalendarToken issueCalendarToken(Caller caller) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        calendarTokens.replace(caller.subject(), digest(token), now);
        return new CalendarToken(token, now);
    }

    @Override
    @Transactional
    public Optional<Instant> calendarTokenIssuedAt(Caller caller) {
        return calendarTokens.issuedAt(caller.subject());
    }

    @Override
    @Transactional
    public void revokeCalendarToken(Caller caller) {
        if (!calendarTokens.revoke(caller.subject())) {
            throw new NotFound("calendar-token", caller.subject());
        }
    }

    @Override
    @Transactional
    public ToDoList calendar(String token) {
        String subject = Optional.ofNullable(token)
                .filter(t -> !t.isBlank() && t.length() <= 100)
                .flatMap(t -> calendarTokens.subjectOf(digest(t)))
                .orElseThrow(() -> new NotFound("calendar-token", "?"));
        Instant now = clock.instant();
        ToDoList all = dueFor(subject, now, now.plus(CALENDAR_AHEAD));
        List<DueItem> dated = all.items().stream()
                .filter(item -> item.dueAt() != null && item.dueAt().isAfter(now.minus(CALENDAR_BACK)))
                .toList();
        return new ToDoList(now, all.until(), dated, all.truncated());
    }

    static String digest(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
