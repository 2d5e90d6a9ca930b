package org.gouvernail.app.exit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the organisation exit (docs/operations.md, "Organisation exit and closure"). */
@ConfigMapping(prefix = "gouvernail.exit")
public interface ExitSettings {

    /** GOUVERNAIL_INSTANCE_NAME: how this instance names itself in the archives it exports. */
    String instanceName();

    /** GOUVERNAIL_CLOSURE_GRACE_PERIOD: from the closure request to the deletion (default 30 days). */
    @WithDefault("P30D")
    Duration gracePeriod();

    /** Rows deleted per transaction by the deletion job. */
    @WithDefault("500")
    int batchSize();

    /** GOUVERNAIL_CLOSURE_EVERY: how often the deletion job runs (read by ClosureSchedule's annotation). */
    String every();

    /** GOUVERNAIL_CLOSURE_FIRST_RUN_AFTER: its first run after start-up. */
    String firstRunAfter();

    /** How long an instance holds the deletion of one organisation before another may take it over. */
    @WithDefault("PT10M")
    Duration lease();
}
