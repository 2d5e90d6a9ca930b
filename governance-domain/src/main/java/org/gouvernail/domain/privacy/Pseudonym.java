package org.gouvernail.domain.privacy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Value: what stands for an erased person everywhere in their organisation: "member #7, erased on
 * 2026-11-30". The number is the membership's rank in the organisation (in order of arrival), so the
 * same person always gets the same pseudonym there and two erased people never share one; it says
 * nothing about who they were.
 */
public record Pseudonym(int number, LocalDate erasedOn) {

    /** The longest text a pseudonym can take; columns narrower than this are never rewritten. */
    public static final int MAX_LENGTH = 40;

    public Pseudonym {
        Objects.requireNonNull(erasedOn, "erasedOn");
        if (number < 1) {
            throw new IllegalArgumentException("a member number starts at 1");
        }
    }

    public String text() {
        return "member #" + number + ", erased on " + erasedOn;
    }

    @Override
    public String toString() {
        return text();
    }
}
