package org.gouvernail.domain.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Value: what makes two requests under one Idempotency-Key "the same request": the method, the
 * path (with its query) and the SHA-256 of the raw body, in hexadecimal.
 */
public record RequestFingerprint(String method, String path, String bodySha256) {

    public static final int PATH_LENGTH = 2_000;

    public RequestFingerprint {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bodySha256, "bodySha256");
        if (path.length() > PATH_LENGTH) {
            throw new InvalidInput(
                    "path", "too-long", "path exceeds " + PATH_LENGTH + " characters", "path", PATH_LENGTH);
        }
        if (!bodySha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("bodySha256 must be 64 lowercase hexadecimal digits");
        }
    }

    public static RequestFingerprint of(String method, String path, byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body);
            return new RequestFingerprint(method, path, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Same method, same path, same body. */
    public boolean matches(RequestFingerprint other) {
        return equals(other);
    }
}
