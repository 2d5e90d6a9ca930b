package org.gouvernail.app.todo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gouvernail.domain.organisation.Organisation;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.StaleVersion;
import org.gouvernail.domain.todo.Deadlines;
import org.gouvernail.domain.todo.DigestFrequency;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.NotificationPreferences;
import org.gouvernail.domain.todo.port.in.Reminders;
import org.gouvernail.domain.todo.port.in.ThingsToDo.ToDoList;
import org.gouvernail.domain.todo.port.out.Postman;
import org.gouvernail.domain.todo.port.out.Postman.Mail;
import org.gouvernail.domain.todo.port.out.Recipients;
import org.gouvernail.domain.todo.port.out.Recipients.Recipient;
import org.gouvernail.domain.todo.port.out.SentNotices;
import org.gouvernail.domain.todo.port.out.Subscribers;
import org.jboss.logging.Logger;

/**
 * Use case service: the e-mails built from the due items. A run walks the recipients 100 at a time;
 * for each person it claims the notice first (digest of the period, or one urgent item), in a
 * transaction of its own committed before the mail leaves, so that several instances never send the
 * same notice twice; a sending that fails gives its claim back for the next run.
 */
@ApplicationScoped
public class ReminderService implements Reminders {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);
    private static final int PAGE = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Subscribers subscribers;
    private final Recipients recipients;
    private final SentNotices sent;
    private final Postman postman;
    private final ToDoService toDo;
    private final Organisations organisations;
    private final ReminderMails mails;
    private final int digestHour;
    private final Clock clock;

    public ReminderService(
            Subscribers subscribers,
            Recipients recipients,
            SentNotices sent,
            Postman postman,
            ToDoService toDo,
            Organisations organisations,
            Clock clock,
            @ConfigProperty(name = "gouvernail.mail.public-url") String publicUrl,
            @ConfigProperty(name = "gouvernail.mail.digest-hour") int digestHour) {
        this.subscribers = subscribers;
        this.recipients = recipients;
        this.sent = sent;
        this.postman = postman;
        this.toDo = toDo;
        this.organisations = organisations;
        this.clock = clock;
        this.mails = new ReminderMails(publicUrl);
        this.digestHour = digestHour;
    }

    @Override
    @Transactional
    public NotificationPreferences preferences(Caller caller) {
        return subscribers.find(caller.subject()).orElseGet(() -> defaults(caller.subject(), null));
    }

    @Override
    @Transactional
    public NotificationPreferences changePreferences(
            Caller caller,
            DigestFrequency digest,
            Language language,
            boolean immediateReminders,
            long expectedVersion) {
        NotificationPreferences current = stored(caller.subject(), null);
        StaleVersion.check("notification-preferences", current.version(), expectedVersion);
        return subscribers.update(current.with(digest, language, immediateReminders));
    }

    @Override
    @Transactional
    public void unsubscribe(String token) {
        NotificationPreferences preferences = Optional.ofNullable(token)
                .filter(t -> t.length() <= 100)
                .flatMap(subscribers::findByUnsubscribeToken)
                .orElseThrow(() -> new NotFound("unsubscribe-token", "?"));
        subscribers.update(preferences.unsubscribed());
    }

    @Override
    public int sendDigests() {
        Instant now = clock.instant();
        if (Deadlines.dayOf(now)
                .atTime(digestHour, 0)
                .atZone(Deadlines.ZONE)
                .toInstant()
                .isAfter(now)) {
            return 0; // not before the hour people expect their digest
        }
        int count = 0;
        for (Recipient recipient : everyone()) {
            try {
                if (sendDigest(recipient, now)) {
                    count++;
                }
            } catch (RuntimeException e) {
                LOG.warnf("digest to subject %s not sent: %s", recipient.subject(), e.toString());
            }
        }
        return count;
    }

    @Override
    public int sendUrgentReminders() {
        Instant now = clock.instant();
        int count = 0;
        for (Recipient recipient : everyone()) {
            try {
                if (sendUrgent(recipient, now)) {
                    count++;
                }
            } catch (RuntimeException e) {
                LOG.warnf("reminder to subject %s not sent: %s", recipient.subject(), e.toString());
            }
        }
        return count;
    }

    private List<Recipient> everyone() {
        List<Recipient> all = new ArrayList<>();
        String after = null;
        while (true) {
            String from = after;
            List<Recipient> page = QuarkusTransaction.requiringNew().call(() -> recipients.after(from, PAGE));
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            after = page.get(page.size() - 1).subject();
        }
    }

    private boolean sendDigest(Recipient recipient, Instant now) {
        NotificationPreferences preferences = QuarkusTransaction.requiringNew()
                .call(() -> stored(recipient.subject(), recipient.organisationLocale()));
        Optional<String> period = preferences.digest().periodAt(now);
        if (period.isEmpty()) {
            return false;
        }
        String notice = "digest:" + period.get();
        // claimed even when there is nothing to say: the period's later runs then cost one insert, not the queries
        if (!QuarkusTransaction.requiringNew().call(() -> sent.claim(recipient.subject(), notice, now))) {
            return false;
        }
        return deliver(recipient.subject(), List.of(notice), () -> {
            ToDoList due = toDo.dueFor(
                    recipient.subject(), now, now.plus(preferences.digest().horizon()));
            if (due.items().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(mails.digest(
                    recipient.email(),
                    recipient.name(),
                    preferences.language(),
                    preferences.digest(),
                    due.items(),
                    names(due.items()),
                    preferences.unsubscribeToken(),
                    now));
        });
    }

    private boolean sendUrgent(Recipient recipient, Instant now) {
        NotificationPreferences preferences = QuarkusTransaction.requiringNew()
                .call(() -> stored(recipient.subject(), recipient.organisationLocale()));
        if (!preferences.immediateReminders()) {
            return false;
        }
        List<DueItem> urgent = QuarkusTransaction.requiringNew()
                .call(() -> toDo.dueFor(recipient.subject(), now, now.plus(DueItem.URGENT)))
                .items()
                .stream()
                // a deadline already passed had its reminder when it came near; none after the fact
                .filter(item -> item.urgentAt(now) && !item.overdueAt(now))
                .toList();
        List<DueItem> claimed = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (DueItem item : urgent) {
            String notice = "urgent:" + item.kind() + ":" + item.subjectId() + ":"
                    + item.dueAt().getEpochSecond();
            if (QuarkusTransaction.requiringNew().call(() -> sent.claim(recipient.subject(), notice, now))) {
                claimed.add(item);
                notices.add(notice);
            }
        }
        if (claimed.isEmpty()) {
            return false;
        }
        return deliver(
                recipient.subject(),
                notices,
                () -> Optional.of(mails.urgent(
                        recipient.email(),
                        recipient.name(),
                        preferences.language(),
                        claimed,
                        names(claimed),
                        preferences.unsubscribeToken(),
                        now)));
    }

    /** What a claimed notice sends: a mail, or nothing to say. */
    private interface Composer {
        Optional<Mail> compose();
    }

    /** Sends the composed mail; gives the claims back if it could not leave. */
    private boolean deliver(String subject, List<String> notices, Composer composer) {
        try {
            Optional<Mail> mail = QuarkusTransaction.requiringNew().call(composer::compose);
            if (mail.isEmpty()) {
                return false;
            }
            postman.send(mail.get());
            return true;
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> notices.forEach(notice -> sent.release(subject, notice)));
            throw e;
        }
    }

    private Map<OrganisationId, String> names(List<DueItem> items) {
        return organisations.findAll(items.stream().map(DueItem::organisationId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(
                        Organisation::id, organisation -> organisation.profile().name()));
    }

    /** The person's stored preferences, stored first with the defaults if they have none (the token must work). */
    private NotificationPreferences stored(String subject, String organisationLocale) {
        return subscribers.find(subject).orElseGet(() -> {
            subscribers.add(defaults(subject, organisationLocale));
            return subscribers.find(subject).orElseThrow();
        });
    }

    private NotificationPreferences defaults(String subject, String organisationLocale) {
        Language language = organisationLocale != null
                ? Language.of(organisationLocale)
                : recipients
                        .find(subject)
                        .map(Recipient::organisationLocale)
                        .map(Language::of)
                        .orElse(Language.FALLBACK);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return NotificationPreferences.byDefault(
                subject, language, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }
}
