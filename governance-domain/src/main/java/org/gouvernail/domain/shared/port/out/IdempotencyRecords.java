package org.gouvernail.domain.shared.port.out;

import java.time.Instant;
import java.util.Optional;
import org.gouvernail.domain.shared.IdempotencyKey;
import org.gouvernail.domain.shared.RequestFingerprint;
import org.gouvernail.domain.shared.StoredResponse;

/**
 * Out-port: the remembered Idempotency-Keys, one per caller subject and key, each with the
 * request it was first used for and, once answered, the response.
 */
public interface IdempotencyRecords {

    /** Deletes at most {@code limit} records that expired before {@code now}; how many went. */
    int purgeExpired(Instant now, int limit);

    /**
     * Records the key for this request unless the subject already holds it; true when recorded.
     * Two concurrent calls never both get true.
     */
    boolean reserve(String subject, IdempotencyKey key, RequestFingerprint request, Instant now, Instant expiresAt);

    /**
     * Takes over a reservation still unanswered since before {@code abandonedBefore} (its request
     * died with its server); true when taken over.
     */
    boolean takeOver(String subject, IdempotencyKey key, Instant abandonedBefore, Instant now, Instant expiresAt);

    Optional<Recorded> find(String subject, IdempotencyKey key);

    void complete(String subject, IdempotencyKey key, StoredResponse response);

    /** Forgets an unanswered reservation; an answered one stays. */
    void release(String subject, IdempotencyKey key);

    /** A remembered key: the request it was first used for, and its response (null while running). */
    record Recorded(RequestFingerprint request, StoredResponse response) {}
}
