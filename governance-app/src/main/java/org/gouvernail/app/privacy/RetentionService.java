package org.gouvernail.app.privacy;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.dashboard.port.out.DashboardSnapshots;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.privacy.PrivacyEvent.RetentionChanged;
import org.gouvernail.domain.privacy.PrivacyEvent.RetentionPurged;
import org.gouvernail.domain.privacy.RetentionPolicy;
import org.gouvernail.domain.privacy.RetentionRule;
import org.gouvernail.domain.privacy.port.in.Retention;
import org.gouvernail.domain.privacy.port.out.RetentionPolicies;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.StaleVersion;
import org.jboss.logging.Logger;

/**
 * Use case service: the retention policies and their purge. A purge round claims the organisations
 * not purged for {@link #PURGE_EVERY} (one instance each, through the claim in the policy row), then
 * deletes, rule by rule, in short transactions of {@link #BATCH} rows, what is past the organisation's
 * period; each rule that deleted something leaves an audit row in the organisation, a log line and
 * the count in the metric {@code gouvernail.retention.purged} (tag {@code type}): never silently.
 * The same round deletes the organisation's dashboard snapshots older than
 * {@code gouvernail.dashboard.snapshot-retention-days} (400 by default, at least
 * {@value #SNAPSHOT_DAYS_MIN}: a trend compares with a snapshot 30 days old, a year-on-year one with
 * 365): figures, not personal data, so a log line and the metric (type DASHBOARD_SNAPSHOTS), no audit row.
 */
@ApplicationScoped
public class RetentionService implements Retention {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    /** Rows deleted per transaction: short locks, never a long delete. */
    static final int BATCH = 500;

    /** Organisations claimed per round. */
    static final int ORGANISATIONS_PER_ROUND = 50;

    /** How often one organisation is purged. */
    static final Duration PURGE_EVERY = Duration.ofHours(1);

    /** Who the audit rows of the purge name as actor: the platform, not a person. */
    static final Caller PURGE = new Caller("gouvernail:retention", null, false, "Retention purge", false);

    /** The shortest snapshot retention accepted; a smaller setting is raised to it. */
    static final int SNAPSHOT_DAYS_MIN = 31;

    private final RetentionPolicies policies;
    private final DashboardSnapshots snapshots;
    private final int snapshotDays;
    private final MemberAccess access;
    private final Auditor auditor;
    private final Clock clock;
    private final MeterRegistry metrics;

    public RetentionService(
            RetentionPolicies policies,
            DashboardSnapshots snapshots,
            @ConfigProperty(name = "gouvernail.dashboard.snapshot-retention-days") int snapshotDays,
            MemberAccess access,
            Auditor auditor,
            Clock clock,
            MeterRegistry metrics) {
        this.policies = policies;
        this.snapshots = snapshots;
        this.snapshotDays = Math.max(SNAPSHOT_DAYS_MIN, snapshotDays);
        this.access = access;
        this.auditor = auditor;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    @Transactional
    public RetentionPolicy policy(Caller caller, OrganisationId organisationId) {
        access.withRole(caller, organisationId, EnumSet.of(Role.ADMIN, Role.DATA_REFERENT), "read-retention");
        return current(organisationId);
    }

    @Override
    @Transactional
    public RetentionPolicy change(
            Caller caller, OrganisationId organisationId, long expectedVersion, Map<RetentionRule, Integer> months) {
        access.withRole(caller, organisationId, EnumSet.of(Role.ADMIN), "change-retention");
        RetentionPolicy before = current(organisationId);
        StaleVersion.check("retention", before.version(), expectedVersion);
        RetentionPolicy after =
                policies.save(new RetentionPolicy(organisationId, months, before.version()), expectedVersion);
        auditor.record(caller, new RetentionChanged(before, after));
        return after;
    }

    @Override
    public int purgeDue() {
        Instant now = clock.instant();
        List<OrganisationId> claimed = QuarkusTransaction.requiringNew()
                .call(() -> policies.claimDue(now.minus(PURGE_EVERY), now, ORGANISATIONS_PER_ROUND));
        int total = 0;
        for (OrganisationId organisation : claimed) {
            total += purge(organisation, now);
        }
        return total;
    }

    /** Every rule of one organisation, now; the records deleted. */
    public int purge(OrganisationId organisation, Instant now) {
        RetentionPolicy policy = QuarkusTransaction.requiringNew().call(() -> current(organisation));
        int total = 0;
        for (RetentionRule rule : RetentionRule.values()) {
            int months = policy.monthsOf(rule);
            Instant cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
            int deleted = 0;
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(() -> policies.purge(rule, organisation, cutoff, BATCH));
                deleted += batch;
            } while (batch == BATCH);
            if (deleted > 0) {
                int count = deleted;
                QuarkusTransaction.requiringNew()
                        .run(() -> auditor.record(PURGE, new RetentionPurged(organisation, rule, count, months)));
                metrics.counter("gouvernail.retention.purged", "type", rule.name())
                        .increment(deleted);
                LOG.infof(
                        "retention: %d %s of organisation %s older than %d months deleted",
                        deleted, rule, organisation, months);
            }
            total += deleted;
        }
        return total + purgeSnapshots(organisation, now);
    }

    /** The organisation's dashboard snapshots older than the setting; the rows deleted. */
    int purgeSnapshots(OrganisationId organisation, Instant now) {
        LocalDate keptFrom = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(snapshotDays);
        int deleted = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> snapshots.purgeBefore(organisation, keptFrom, BATCH));
            deleted += batch;
        } while (batch == BATCH);
        if (deleted > 0) {
            metrics.counter("gouvernail.retention.purged", "type", "DASHBOARD_SNAPSHOTS")
                    .increment(deleted);
            LOG.infof(
                    "retention: %d dashboard snapshot values of organisation %s before %s deleted",
                    deleted, organisation, keptFrom);
        }
        return deleted;
    }

    private RetentionPolicy current(OrganisationId organisationId) {
        return policies.find(organisationId).orElseGet(() -> RetentionPolicy.defaults(organisationId));
    }
}
