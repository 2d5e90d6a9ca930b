package org.gouvernail.domain.feedback;

import java.security.SecureRandom;
import java.util.Objects;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: the 16-digit receipt an anonymous reporter keeps to follow their item without an account
 * (shaped like a phone number, easy to hide: the GlobaLeaks practice). It is shown once, at
 * submission, and stored only as a slow hash ({@link org.gouvernail.domain.feedback.port.out.ReceiptHasher}).
 */
public record Receipt(String digits) {

    public static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    public Receipt {
        Objects.requireNonNull(digits, "digits");
        if (!digits.matches("[0-9]{" + LENGTH + "}")) {
            throw new InvalidInput("receipt", "receipt", "a receipt is " + LENGTH + " digits");
        }
    }

    /** The receipt as a reporter typed it: spaces, dashes and dots between the digits are ignored. */
    public static Receipt typed(String text) {
        if (text == null) {
            throw new InvalidInput("receipt", "required", "receipt is required", "receipt");
        }
        return new Receipt(text.replaceAll("[\\s.-]", ""));
    }

    public static Receipt random() {
        StringBuilder digits = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return new Receipt(digits.toString());
    }

    /** Never the digits: a receipt printed by mistake in a log or an exception must reveal nothing. */
    @Override
    public String toString() {
        return "Receipt[****]";
    }
}
