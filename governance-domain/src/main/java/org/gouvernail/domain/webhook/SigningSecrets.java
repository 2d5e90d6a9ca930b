package org.gouvernail.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Value: an endpoint's current secret and, for a day after a rotation, the previous one. While
 * both are valid every delivery carries both signatures, so a receiver can switch at its own pace.
 */
public record SigningSecrets(WebhookSecret current, WebhookSecret previous, Instant previousUntil) {

    /** How long the previous secret keeps signing after a rotation. */
    public static final Duration OVERLAP = Duration.ofHours(24);

    public SigningSecrets {
        Objects.requireNonNull(current, "current secret");
        if ((previous == null) != (previousUntil == null)) {
            throw new IllegalArgumentException("a previous secret has its end of validity, and only then");
        }
    }

    public static SigningSecrets of(WebhookSecret current) {
        return new SigningSecrets(current, null, null);
    }

    /** The secrets after a rotation at {@code now}: the new one, and the current one for {@link #OVERLAP}. */
    public SigningSecrets rotate(WebhookSecret next, Instant now) {
        return new SigningSecrets(next, current, now.plus(OVERLAP));
    }

    /** The secrets that sign a message sent at {@code now}, newest first. */
    public List<WebhookSecret> validAt(Instant now) {
        return previous != null && now.isBefore(previousUntil) ? List.of(current, previous) : List.of(current);
    }
}
