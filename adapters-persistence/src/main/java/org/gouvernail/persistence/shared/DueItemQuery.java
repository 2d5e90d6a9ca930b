package org.gouvernail.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Deadlines;
import org.gouvernail.domain.todo.DueItem;

/**
 * Persistence helper of the due-item sources: one native query per call, over every organisation of
 * the memberships given, and the conversions of its columns. An empty list of ids is replaced by one
 * id that names no row, since SQL has no empty {@code IN ()}.
 */
public final class DueItemQuery {

    private static final String NO_ROW = "00000000-0000-0000-0000-000000000000";

    private final Query query;

    private DueItemQuery(Query query) {
        this.query = query;
    }

    public static DueItemQuery of(EntityManager entityManager, String sql) {
        return new DueItemQuery(entityManager.createNativeQuery(sql));
    }

    public DueItemQuery with(String name, Object value) {
        query.setParameter(name, value);
        return this;
    }

    /** A list of ids as strings, as CHAR(36) columns compare them. */
    public DueItemQuery withIds(String name, Collection<UUID> ids) {
        List<String> values = ids.stream().map(UUID::toString).distinct().toList();
        query.setParameter(name, values.isEmpty() ? List.of(NO_ROW) : values);
        return this;
    }

    @SuppressWarnings("unchecked")
    public List<DueItem> list(int limit, Function<Object[], DueItem> row) {
        query.setMaxResults(Math.max(1, limit));
        return ((List<Object[]>) query.getResultList()).stream().map(row).toList();
    }

    /** The ids of the active memberships. */
    public static Set<UUID> members(List<Membership> memberships) {
        return memberships.stream()
                .filter(Membership::isActive)
                .map(membership -> membership.id().value())
                .collect(Collectors.toSet());
    }

    /** The organisations where the membership given for them is active and holds one of {@code roles}. */
    public static Set<UUID> organisationsWhereHolding(List<Membership> memberships, Set<Role> roles) {
        return memberships.stream()
                .filter(membership -> membership.holdsAny(roles))
                .map(membership -> membership.organisationId().value())
                .collect(Collectors.toSet());
    }

    public static UUID uuid(Object column) {
        return column == null ? null : UUID.fromString(column.toString());
    }

    public static OrganisationId organisation(Object column) {
        return new OrganisationId(uuid(column));
    }

    public static String text(Object column) {
        return column == null ? null : column.toString();
    }

    /** A DATE column, as the driver gives it. */
    public static LocalDate day(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof LocalDate date) {
            return date;
        }
        if (column instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (column instanceof LocalDateTime time) {
            return time.toLocalDate();
        }
        return LocalDate.parse(column.toString().substring(0, 10));
    }

    /** A TIMESTAMP column, as the driver gives it (in the JVM's zone, as Hibernate wrote it). */
    public static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Instant instant) {
            return instant;
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof LocalDateTime time) {
            return Timestamp.valueOf(time).toInstant();
        }
        if (column instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + column.getClass());
    }

    public static boolean flag(Object column) {
        if (column instanceof Boolean bool) {
            return bool;
        }
        if (column instanceof Number number) {
            return number.intValue() != 0;
        }
        return column != null && Boolean.parseBoolean(column.toString());
    }

    /** The last day a deadline before {@code until} may fall on. */
    public static LocalDate lastDay(Instant until) {
        return Deadlines.dayOf(until);
    }
}
