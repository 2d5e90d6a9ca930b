package org.gouvernail.app.shared;

import java.util.UUID;
import org.gouvernail.domain.shared.IdGenerator;

/** Fake id generator: time-ordered like UUIDv7, each id greater than the previous one. */
public final class SequentialIds implements IdGenerator {

    private long next = 1;

    @Override
    public UUID next() {
        return new UUID(0x0195_0000_0000_7000L, next++);
    }
}
