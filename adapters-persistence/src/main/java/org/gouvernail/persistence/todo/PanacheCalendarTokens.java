package org.gouvernail.persistence.todo;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.gouvernail.domain.todo.port.out.CalendarTokens;

/** Persistence adapter: the calendar-feed tokens, one per person, by digest. */
@ApplicationScoped
public class PanacheCalendarTokens implements CalendarTokens {

    private final Repository repository;

    PanacheCalendarTokens(Repository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<String> subjectOf(String tokenDigest) {
        return repository
                .find("tokenSha256 = ?1", tokenDigest)
                .firstResultOptional()
                .map(entity -> entity.subject);
    }

    @Override
    public Optional<Instant> issuedAt(String subject) {
        return repository.findByIdOptional(subject).map(entity -> entity.issuedAt);
    }

    @Override
    public void replace(String subject, String tokenDigest, Instant issuedAt) {
        CalendarTokenEntity entity = repository.findByIdOptional(subject).orElseGet(() -> {
            CalendarTokenEntity created = new CalendarTokenEntity();
            created.subject = subject;
            return created;
        });
        entity.tokenSha256 = tokenDigest;
        entity.issuedAt = issuedAt;
        repository.persist(entity);
    }

    @Override
    public boolean revoke(String subject) {
        return repository.deleteById(subject);
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<CalendarTokenEntity, String> {}
}
