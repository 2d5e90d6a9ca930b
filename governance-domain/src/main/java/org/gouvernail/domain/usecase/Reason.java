package org.gouvernail.domain.usecase;

import java.util.Objects;

/**
 * Why a classification or screening came out as it did: a stable code that adapters word for
 * their users, and the legal reference it rests on (e.g. "AI Act art. 5(1)(c)").
 */
public record Reason(String code, String reference) {

    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reference, "reference");
    }
}
