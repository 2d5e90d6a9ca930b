package org.gouvernail.app.shared;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.gouvernail.domain.shared.IdGenerator;

/** Id generator: UUIDv7 (RFC 9562), time-ordered so keyset pages follow creation order. */
@ApplicationScoped
public class TimeOrderedIds implements IdGenerator {

    private final TimeBasedEpochGenerator generator = Generators.timeBasedEpochGenerator();

    @Override
    public UUID next() {
        return generator.generate();
    }
}
