package org.gouvernail.domain.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: an endpoint's signing secret as Standard Webhooks writes it, {@code whsec_} then the
 * base64 of the key; the key is 32 random bytes (the specification asks for 24 to 64).
 */
public record WebhookSecret(String value) {

    public static final String PREFIX = "whsec_";
    private static final int KEY_BYTES = 32;

    public WebhookSecret {
        Objects.requireNonNull(value, "secret");
        if (!value.startsWith(PREFIX)) {
            throw new InvalidInput("secret", "invalid", "a webhook secret starts with whsec_");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidInput("secret", "invalid", "a webhook secret is whsec_ and base64");
        }
        if (key.length < 24 || key.length > 64) {
            throw new InvalidInput("secret", "invalid", "a webhook key has 24 to 64 bytes");
        }
    }

    public static WebhookSecret generate(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC key: the base64-decoded part after the prefix. */
    public byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    /** Never printed: a log or an exception message must not carry the secret. */
    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
