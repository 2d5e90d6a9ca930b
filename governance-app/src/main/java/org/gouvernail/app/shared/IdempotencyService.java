package org.gouvernail.app.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdempotencyKey;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RequestFingerprint;
import org.gouvernail.domain.shared.StoredResponse;
import org.gouvernail.domain.shared.port.in.Idempotency;
import org.gouvernail.domain.shared.port.out.IdempotencyRecords;
import org.gouvernail.domain.shared.port.out.IdempotencyRecords.Recorded;

/**
 * Use case service: Idempotency-Keys. Every step runs and commits in its own transaction
 * (REQUIRES_NEW), apart from the business call it frames: a reservation is visible to a
 * concurrent retry before the business call starts, and a failed business call rolls back
 * without taking the reservation with it.
 */
@ApplicationScoped
public class IdempotencyService implements Idempotency {

    /** Expired records deleted by one reservation: enough to keep up, never a long delete. */
    static final int PURGE_BATCH = 100;
    /**
     * An unanswered reservation older than this lost its request (the server stopped during the
     * call): far above the transaction timeout (60 s), after which no business call can commit.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private final IdempotencyRecords records;
    private final MemberAccess access;
    private final Clock clock;

    public IdempotencyService(IdempotencyRecords records, MemberAccess access, Clock clock) {
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public Reservation reserve(
            Caller caller, OrganisationId organisation, IdempotencyKey key, RequestFingerprint request) {
        // before the store: a kept answer is the organisation's data, for its current members only
        access.member(caller, organisation);
        return reserve(caller, key, request);
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public Reservation reserve(Caller caller, IdempotencyKey key, RequestFingerprint request) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofHours(RETENTION_HOURS));
        records.purgeExpired(now, PURGE_BATCH);
        if (records.reserve(caller.subject(), key, request, now, expiresAt)) {
            return Reservation.of(Outcome.RESERVED);
        }
        Recorded recorded = records.find(caller.subject(), key).orElse(null);
        if (recorded == null) {
            // released or purged between the two statements: the key is free again
            return records.reserve(caller.subject(), key, request, now, expiresAt)
                    ? Reservation.of(Outcome.RESERVED)
                    : Reservation.of(Outcome.IN_PROGRESS);
        }
        if (!recorded.request().matches(request)) {
            return Reservation.of(Outcome.MISMATCH);
        }
        if (recorded.response() != null) {
            return Reservation.replay(recorded.response());
        }
        if (records.takeOver(caller.subject(), key, now.minus(ABANDONED_AFTER), now, expiresAt)) {
            return Reservation.of(Outcome.RESERVED);
        }
        return Reservation.of(Outcome.IN_PROGRESS);
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public void complete(Caller caller, IdempotencyKey key, StoredResponse response) {
        records.complete(caller.subject(), key, response);
    }

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public void release(Caller caller, IdempotencyKey key) {
        records.release(caller.subject(), key);
    }
}
