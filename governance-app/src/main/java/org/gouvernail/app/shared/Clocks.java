package org.gouvernail.app.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Producer: the clock the services read, UTC, replaceable in tests. */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock utc() {
        return Clock.systemUTC();
    }
}
