package org.gouvernail.persistence.todo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.todo.port.out.Recipients;

/**
 * Persistence adapter: the people mail may reach, read from the active, signed-in memberships with an
 * e-mail; a person in several organisations is one recipient (the e-mail of their oldest membership).
 */
@ApplicationScoped
public class SqlRecipients implements Recipients {

    private static final String SQL = """
            select m.subject, m.email, m.display_name, o.locale from membership m
            join organisation o on o.id = m.organisation_id
            where m.status = 'ACTIVE' and m.subject is not null and m.email is not null and %s
              and not exists (select 1 from membership older
                              where older.subject = m.subject and older.status = 'ACTIVE' and older.email is not null
                                and (older.created_at < m.created_at
                                     or (older.created_at = m.created_at and older.id < m.id)))
            order by m.subject""";

    private final EntityManager entityManager;

    SqlRecipients(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Recipient> after(String afterSubject, int limit) {
        return rows(entityManager
                .createNativeQuery(SQL.formatted("m.subject > ?1"))
                .setParameter(1, afterSubject == null ? "" : afterSubject)
                .setMaxResults(Math.max(1, limit))
                .getResultList());
    }

    @Override
    public Optional<Recipient> find(String subject) {
        return rows(entityManager
                        .createNativeQuery(SQL.formatted("m.subject = ?1"))
                        .setParameter(1, subject)
                        .setMaxResults(1)
                        .getResultList())
                .stream()
                .findFirst();
    }

    private static List<Recipient> rows(List<?> rows) {
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new Recipient(
                        row[0].toString(),
                        row[1].toString(),
                        row[2] == null ? null : row[2].toString(),
                        row[3] == null ? null : row[3].toString()))
                .toList();
    }
}
