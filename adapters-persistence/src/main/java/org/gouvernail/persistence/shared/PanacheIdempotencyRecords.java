package org.gouvernail.persistence.shared;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.gouvernail.domain.shared.IdempotencyKey;
import org.gouvernail.domain.shared.RequestFingerprint;
import org.gouvernail.domain.shared.StoredResponse;
import org.gouvernail.domain.shared.port.out.IdempotencyRecords;
import org.gouvernail.persistence.shared.IdempotencyRecordEntity.Key;

/**
 * Persistence adapter: Idempotency-Keys in MariaDB. The reservation is one INSERT IGNORE on the
 * primary key, so that of two concurrent requests with the same key exactly one inserts; the other
 * waits for the first one's commit and then reads its row.
 */
@ApplicationScoped
public class PanacheIdempotencyRecords implements IdempotencyRecords {

    private final Repository repository;

    PanacheIdempotencyRecords(Repository repository) {
        this.repository = repository;
    }

    @Override
    public int purgeExpired(Instant now, int limit) {
        return repository
                .getEntityManager()
                .createNativeQuery("DELETE FROM idempotency_record WHERE expires_at <= ?1 LIMIT " + Math.max(1, limit))
                .setParameter(1, now)
                .executeUpdate();
    }

    @Override
    public boolean reserve(
            String subject, IdempotencyKey key, RequestFingerprint request, Instant now, Instant expiresAt) {
        // an expired record of this very key, left by a bounded purge, does not hold the key
        repository.delete(
                "id.subject = :subject and id.idempotencyKey = :key and expiresAt <= :now",
                Parameters.with("subject", subject).and("key", key.value()).and("now", now));
        int inserted = repository
                .getEntityManager()
                .createNativeQuery("INSERT IGNORE INTO idempotency_record"
                        + " (subject, idempotency_key, request_method, request_path, request_sha256, reserved_at, expires_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, subject)
                .setParameter(2, key.value())
                .setParameter(3, request.method())
                .setParameter(4, request.path())
                .setParameter(5, request.bodySha256())
                .setParameter(6, now)
                .setParameter(7, expiresAt)
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public boolean takeOver(
            String subject, IdempotencyKey key, Instant abandonedBefore, Instant now, Instant expiresAt) {
        return repository.update(
                        "reservedAt = :now, expiresAt = :expires where id.subject = :subject and id.idempotencyKey = :key"
                                + " and responseStatus is null and reservedAt < :abandoned",
                        Parameters.with("now", now)
                                .and("expires", expiresAt)
                                .and("subject", subject)
                                .and("key", key.value())
                                .and("abandoned", abandonedBefore))
                == 1;
    }

    @Override
    public Optional<Recorded> find(String subject, IdempotencyKey key) {
        return repository
                .find(
                        "id.subject = :subject and id.idempotencyKey = :key",
                        Parameters.with("subject", subject).and("key", key.value()))
                .firstResultOptional()
                .map(IdempotencyRecordEntity::toDomain);
    }

    @Override
    public void complete(String subject, IdempotencyKey key, StoredResponse response) {
        repository.update(
                "responseStatus = :status, responseType = :type, responseBody = :body, responseLocation = :location,"
                        + " responseEtag = :etag where id.subject = :subject and id.idempotencyKey = :key and responseStatus is null",
                Parameters.with("status", (short) response.status())
                        .and("type", response.contentType())
                        .and("body", response.body())
                        .and("location", response.location())
                        .and("etag", response.etag())
                        .and("subject", subject)
                        .and("key", key.value()));
    }

    @Override
    public void release(String subject, IdempotencyKey key) {
        repository.delete(
                "id.subject = :subject and id.idempotencyKey = :key and responseStatus is null",
                Parameters.with("subject", subject).and("key", key.value()));
    }

    /** The Panache repository of the rows, kept inside the adapter: the out-port is all the application sees. */
    @ApplicationScoped
    static class Repository implements PanacheRepositoryBase<IdempotencyRecordEntity, Key> {}
}
