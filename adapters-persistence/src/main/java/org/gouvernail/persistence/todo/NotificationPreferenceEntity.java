package org.gouvernail.persistence.todo;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.todo.DigestFrequency;
import org.gouvernail.domain.todo.NotificationPreferences;

/** Row of table notification_preference: one person's choice of e-mails. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreferenceEntity {

    @Id
    public String subject;

    @Enumerated(EnumType.STRING)
    public DigestFrequency digest;

    public String language;
    public boolean immediateReminders;
    public String unsubscribeToken;

    @Version
    public long version;

    static NotificationPreferenceEntity from(NotificationPreferences preferences) {
        NotificationPreferenceEntity entity = new NotificationPreferenceEntity();
        entity.subject = preferences.subject();
        entity.unsubscribeToken = preferences.unsubscribeToken();
        entity.version = preferences.version();
        entity.apply(preferences);
        return entity;
    }

    /** Copies what may change: everything but the person and their unsubscribe token. */
    void apply(NotificationPreferences preferences) {
        digest = preferences.digest();
        language = preferences.language().code();
        immediateReminders = preferences.immediateReminders();
    }

    NotificationPreferences toDomain() {
        return new NotificationPreferences(
                subject, digest, Language.of(language), immediateReminders, unsubscribeToken, version);
    }
}
