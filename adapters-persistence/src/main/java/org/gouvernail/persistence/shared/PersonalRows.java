package org.gouvernail.persistence.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.PersonalDataCategory;

/**
 * Persistence helper of the {@code PersonalDataSource}s: one native statement per category, its
 * parameters {@code :org}, {@code :member} and {@code :subject} bound from the person, its cells
 * written as text (instants in ISO 8601 UTC), at most {@link #MAX_ROWS} rows.
 */
public final class PersonalRows {

    /** The most rows one category lists, as the register exports. */
    public static final int MAX_ROWS = 10_000;

    /** What {@code :subject} is bound to for a person who never signed in: matches no row. */
    private static final String NO_SUBJECT = "\u0000";

    private final EntityManager entityManager;
    private final DataSubject person;

    private PersonalRows(EntityManager entityManager, DataSubject person) {
        this.entityManager = entityManager;
        this.person = person;
    }

    public static PersonalRows of(EntityManager entityManager, DataSubject person) {
        return new PersonalRows(entityManager, person);
    }

    /** One category: {@code sql} selects exactly the {@code columns}, in that order. */
    public PersonalDataCategory category(
            String code, String purpose, String legalBasis, String retention, List<String> columns, String sql) {
        Query query = entityManager.createNativeQuery(sql);
        bind(query, sql, "org", person.organisationId().toString());
        bind(query, sql, "member", person.memberId().toString());
        bind(query, sql, "subject", person.signedInAs().orElse(NO_SUBJECT));
        query.setMaxResults(MAX_ROWS);
        List<List<String>> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] cells = result instanceof Object[] array ? array : new Object[] {result};
            rows.add(Arrays.stream(cells).map(PersonalRows::text).toList());
        }
        return new PersonalDataCategory(code, purpose, legalBasis, retention, columns, rows);
    }

    private static void bind(Query query, String sql, String name, String value) {
        if (sql.contains(":" + name)) {
            query.setParameter(name, value);
        }
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (cell instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC).toString();
        }
        return cell.toString();
    }
}
