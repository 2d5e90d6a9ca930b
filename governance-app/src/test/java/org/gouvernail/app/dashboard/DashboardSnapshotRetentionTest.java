package org.gouvernail.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.gouvernail.app.privacy.RetentionService;
import org.gouvernail.app.support.World;
import org.gouvernail.domain.dashboard.Snapshot;
import org.gouvernail.domain.dashboard.port.out.DashboardSnapshots;
import org.gouvernail.domain.shared.OrganisationId;
import org.junit.jupiter.api.Test;

/**
 * The retention purge round deletes the dashboard snapshots older than
 * gouvernail.dashboard.snapshot-retention-days (400 by default): the one of 400 days ago stays, so
 * that a year-on-year trend still finds its snapshot, the one of 401 days ago goes; another
 * organisation's old snapshot is not touched by this organisation's purge.
 */
@QuarkusTest
class DashboardSnapshotRetentionTest {

    @Inject
    World world;

    @Inject
    DashboardSnapshots snapshots;

    @Inject
    RetentionService retention;

    @Test
    void snapshotsOlderThanTheSettingAreDeletedByTheRetentionRound() {
        OrganisationId org = world.association(World.ADMIN);
        OrganisationId other = world.association(World.STRANGER);
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int daysAgo : new int[] {700, 401, 400, 365, 10}) {
                snapshots.save(
                        org, today.minusDays(daysAgo), Map.of("risks.open", (long) daysAgo, "tools.inventory", 1L));
            }
            snapshots.save(other, today.minusDays(700), Map.of("risks.open", 7L));
        });

        assertThat(retention.purge(org, now)).isEqualTo(4); // two days of two indicators

        assertThat(QuarkusTransaction.requiringNew().call(() -> snapshots.lastOnOrBefore(org, today.minusDays(401))))
                .isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> snapshots.lastOnOrBefore(org, today.minusDays(365))))
                .get()
                .satisfies(snapshot -> assertThat(snapshot.day()).isEqualTo(today.minusDays(365)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> snapshots.lastOnOrBefore(org, today.minusDays(400))))
                .get()
                .extracting(Snapshot::values)
                .isEqualTo(Map.of("risks.open", 400L, "tools.inventory", 1L));
        assertThat(QuarkusTransaction.requiringNew().call(() -> snapshots.lastOnOrBefore(other, today.minusDays(700))))
                .isPresent();
        assertThat(retention.purge(org, now)).isZero();
    }
}
