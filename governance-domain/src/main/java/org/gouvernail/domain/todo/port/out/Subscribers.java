package org.gouvernail.domain.todo.port.out;

import java.util.Optional;
import org.gouvernail.domain.todo.NotificationPreferences;

/** Out-port: the people's notification preferences, one row per identity-provider subject. */
public interface Subscribers {

    Optional<NotificationPreferences> find(String subject);

    Optional<NotificationPreferences> findByUnsubscribeToken(String token);

    /** Stores a person's first preferences; false if another call stored theirs first (then read them). */
    boolean add(NotificationPreferences preferences);

    /** Saves changed preferences; StaleVersion if they changed since they were read. */
    NotificationPreferences update(NotificationPreferences preferences);
}
