package org.gouvernail.persistence.todo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.gouvernail.domain.todo.port.out.SentNotices;

/**
 * Persistence adapter: the sent notices. A claim is one INSERT IGNORE on (subject, notice): of two
 * instances claiming the same notice, the second waits for the first one's commit and inserts nothing.
 */
@ApplicationScoped
public class SqlSentNotices implements SentNotices {

    private final EntityManager entityManager;

    SqlSentNotices(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean claim(String subject, String notice, Instant at) {
        return entityManager
                        .createNativeQuery(
                                "INSERT IGNORE INTO sent_notice (subject, notice, sent_at) VALUES (?1, ?2, ?3)")
                        .setParameter(1, subject)
                        .setParameter(2, notice)
                        .setParameter(3, at)
                        .executeUpdate()
                == 1;
    }

    @Override
    public void release(String subject, String notice) {
        entityManager
                .createNativeQuery("DELETE FROM sent_notice WHERE subject = ?1 AND notice = ?2")
                .setParameter(1, subject)
                .setParameter(2, notice)
                .executeUpdate();
    }
}
