package org.gouvernail.domain.usecase;

import java.util.Objects;

/**
 * Why a classification or screening came out as it did: a stable code that adapters word for
 * their users, and the legal text it rests on, which reads in each language.
 */
public record Reason(String code, Citation citation) {

    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(citation, "citation");
    }

    /** The stable English reference of the first API ("AI Act art. 5(1)(c)"). */
    public String reference() {
        return citation.reference();
    }
}
