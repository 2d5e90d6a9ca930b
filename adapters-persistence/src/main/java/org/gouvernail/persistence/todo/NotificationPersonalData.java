package org.gouvernail.persistence.todo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.gouvernail.persistence.shared.PersonalRows;

/** Persistence adapter, personal data of the reminders: the person's notification preferences, calendar link and notices sent. */
@ApplicationScoped
public class NotificationPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    NotificationPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> columns() {
        return Set.of("notification_preference.subject", "calendar_token.subject", "sent_notice.subject");
    }

    @Override
    public List<PersonalDataCategory> collect(DataSubject person) {
        PersonalRows rows = PersonalRows.of(entityManager, person);
        return List.of(
                rows.category(
                        "todo.notification-preferences",
                        "How the person wants to be reminded (set by the person, for all their organisations)",
                        "CONSENT",
                        "Until the person changes them or leaves every organisation",
                        List.of("digest", "language", "immediateReminders"),
                        """
                        select p.digest, p.language, p.immediate_reminders from notification_preference p where p.subject = :subject"""),
                rows.category(
                        "todo.calendar-link",
                        "Whether the person created a private calendar link (its secret is only kept as a digest and never shown)",
                        "CONSENT",
                        "Until the person revokes it",
                        List.of("issuedAt"),
                        """
                        select c.issued_at from calendar_token c where c.subject = :subject"""),
                rows.category(
                        "todo.notices-sent",
                        "Reminder e-mails sent to the person (so that none is sent twice)",
                        "LEGITIMATE_INTEREST",
                        "Not purged yet: kept until the person leaves every organisation",
                        List.of("notice", "sentAt"),
                        """
                        select n.notice, n.sent_at from sent_notice n where n.subject = :subject order by n.sent_at, n.notice"""));
    }
}
