package org.gouvernail.domain.todo.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * Out-port: each person's calendar-feed token, stored as its SHA-256 digest only: the feed's address
 * is a secret the database never holds in clear.
 */
public interface CalendarTokens {

    /** The subject whose token has this digest, if the token was not revoked or replaced. */
    Optional<String> subjectOf(String tokenDigest);

    /** When the person's current token was issued, if they have one. */
    Optional<Instant> issuedAt(String subject);

    /** The person's only token from now on: the previous one, if any, stops working. */
    void replace(String subject, String tokenDigest, Instant issuedAt);

    /** Whether the person had a token, which no longer works. */
    boolean revoke(String subject);
}
