package org.gouvernail.domain.shared;

/**
 * Value: the Idempotency-Key a client sends with a POST, 1 to 200 printable ASCII characters,
 * compared exactly (case and spaces included). Its scope is the caller: the same key from
 * another caller is another key.
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 200;
    public static final String FIELD = "Idempotency-Key";

    public IdempotencyKey {
        if (value == null
                || value.isEmpty()
                || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw new InvalidInput(
                    FIELD,
                    "idempotency-key",
                    FIELD + " must hold 1 to " + MAX_LENGTH + " printable ASCII characters",
                    FIELD,
                    MAX_LENGTH);
        }
    }
}
