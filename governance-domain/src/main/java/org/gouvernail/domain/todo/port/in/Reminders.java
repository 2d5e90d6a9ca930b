package org.gouvernail.domain.todo.port.in;

import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.todo.DigestFrequency;
import org.gouvernail.domain.todo.NotificationPreferences;

/**
 * In-port: the e-mails built from the due items: per-person preferences, the one-click unsubscribe,
 * and the scheduled sending of digests and of urgent reminders.
 */
public interface Reminders {

    /** The caller's preferences, their defaults if they never chose. */
    NotificationPreferences preferences(Caller caller);

    /** Changes the caller's preferences; StaleVersion if they changed since {@code expectedVersion}. */
    NotificationPreferences changePreferences(
            Caller caller, DigestFrequency digest, Language language, boolean immediateReminders, long expectedVersion);

    /** Stops every mail to the person the token names; NotFound unsubscribe-token for an unknown token. */
    void unsubscribe(String token);

    /** Sends the digests due now to everyone whose frequency asks for one; returns how many this call sent. */
    int sendDigests();

    /** Sends one mail per item due within a day, once per item; returns how many this call sent. */
    int sendUrgentReminders();
}
