package org.gouvernail.domain.todo;

import java.util.Objects;
import org.gouvernail.domain.shared.Language;

/**
 * Aggregate: what a person (an identity-provider subject, across all their organisations) wants to
 * receive by e-mail: a digest and how often, in which language, and whether a deadline closer than a
 * day gets its own mail. The unsubscribe token is random and names the person in the links of every
 * mail, so that one click stops the mails without signing in.
 */
public record NotificationPreferences(
        String subject,
        DigestFrequency digest,
        Language language,
        boolean immediateReminders,
        String unsubscribeToken,
        long version) {

    public NotificationPreferences {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(unsubscribeToken, "unsubscribeToken");
    }

    /** What a person receives before choosing: a weekly digest in their organisation's language, and urgent reminders. */
    public static NotificationPreferences byDefault(String subject, Language language, String unsubscribeToken) {
        return new NotificationPreferences(subject, DigestFrequency.WEEKLY, language, true, unsubscribeToken, 0);
    }

    public NotificationPreferences with(DigestFrequency changedDigest, Language changedLanguage, boolean immediate) {
        return new NotificationPreferences(
                subject, changedDigest, changedLanguage, immediate, unsubscribeToken, version);
    }

    /** One click from a mail: no digest, no reminder; the person may subscribe again from their preferences. */
    public NotificationPreferences unsubscribed() {
        return new NotificationPreferences(subject, DigestFrequency.NONE, language, false, unsubscribeToken, version);
    }
}
