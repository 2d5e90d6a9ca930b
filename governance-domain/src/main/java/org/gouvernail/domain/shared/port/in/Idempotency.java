package org.gouvernail.domain.shared.port.in;

import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdempotencyKey;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RequestFingerprint;
import org.gouvernail.domain.shared.StoredResponse;

/**
 * Use case: retrying a POST safely. Before the business call the adapter reserves the caller's
 * key for the request; after it, it completes the reservation with the response, or releases it
 * when the call failed on the server side so that a retry runs again. Each step commits on its own.
 */
public interface Idempotency {

    /** Hours a key is remembered. */
    int RETENTION_HOURS = 24;

    Reservation reserve(Caller caller, IdempotencyKey key, RequestFingerprint request);

    /**
     * As {@link #reserve(Caller, IdempotencyKey, RequestFingerprint)} for a request inside an
     * organisation: the caller's membership is checked first, as the request itself would check
     * it, so that a member revoked since cannot read the answer kept for her (NotFound instead).
     */
    Reservation reserve(Caller caller, OrganisationId organisation, IdempotencyKey key, RequestFingerprint request);

    void complete(Caller caller, IdempotencyKey key, StoredResponse response);

    void release(Caller caller, IdempotencyKey key);

    /** What a reservation found. */
    enum Outcome {
        /** First time: run the request, then complete or release. */
        RESERVED,
        /** The same request already answered: give its response again. */
        REPLAY,
        /** The same request is still running: try again shortly. */
        IN_PROGRESS,
        /** The key was used for another request (method, path or body). */
        MISMATCH
    }

    /** The outcome, and the stored response when it is REPLAY. */
    record Reservation(Outcome outcome, StoredResponse response) {

        public static Reservation of(Outcome outcome) {
            return new Reservation(outcome, null);
        }

        public static Reservation replay(StoredResponse response) {
            return new Reservation(Outcome.REPLAY, java.util.Objects.requireNonNull(response, "response"));
        }
    }
}
