package org.gouvernail.persistence.todo;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.todo.NotificationPreferences;
import org.gouvernail.domain.todo.port.out.Subscribers;
import org.gouvernail.persistence.shared.Versions;

/**
 * Persistence adapter: the people's notification preferences. The first row of a person is one
 * INSERT IGNORE on the subject, so that two instances creating it at once keep one token.
 */
@ApplicationScoped
public class PanacheSubscribers implements Subscribers {

    private final Repository repository;

    PanacheSubscribers(Repository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<NotificationPreferences> find(String subject) {
        return repository.findByIdOptional(subject).map(NotificationPreferenceEntity::toDomain);
    }

    @Override
    public Optional<NotificationPreferences> findByUnsubscribeToken(String token) {
        return repository
                .find("unsubscribeToken = ?1", token)
                .firstResultOptional()
                .map(NotificationPreferenceEntity::toDomain);
    }

    @Override
    public boolean add(NotificationPreferences preferences) {
        return repository
                        .getEntityManager()
                        .createNativeQuery("INSERT IGNORE INTO notification_preference"
                                + " (subject, digest, language, immediate_reminders, unsubscribe_token, version)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5, 0)")
                        .setParameter(1, preferences.subject())
                        .setParameter(2, preferences.digest().name())
                        .setParameter(3, preferences.language().code())
                        .setParameter(4, preferences.immediateReminders())
                        .setParameter(5, preferences.unsubscribeToken())
                        .executeUpdate()
                == 1;
    }

    @Override
    public NotificationPreferences update(NotificationPreferences preferences) {
        NotificationPreferenceEntity entity = repository
                .findByIdOptional(preferences.subject())
                .orElseThrow(() -> new NotFound("notification-preferences", preferences.subject()));
        Versions.expect("notification-preferences", entity.version, preferences.version());
        entity.apply(preferences);
        Versions.flush(repository.getEntityManager(), "notification-preferences", preferences.version());
        return entity.toDomain();
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<NotificationPreferenceEntity, String> {}
}
