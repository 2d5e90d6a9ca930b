package org.gouvernail.domain.training;

import java.util.Objects;
import org.gouvernail.domain.shared.Check;

/** Value: what proves a record, and where to find it (a file name, a certificate number, a link). */
public record Evidence(EvidenceKind kind, String reference) {

    public static final int REFERENCE_LENGTH = 500;

    public Evidence {
        Objects.requireNonNull(kind, "kind");
        reference = Check.text("evidence.reference", reference, REFERENCE_LENGTH);
    }
}
