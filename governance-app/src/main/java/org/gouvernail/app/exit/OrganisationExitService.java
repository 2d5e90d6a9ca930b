package org.gouvernail.app.exit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gouvernail.app.exit.ArchiveFormat.ArchiveFile;
import org.gouvernail.app.exit.ArchiveFormat.Manifest;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.exit.Closure;
import org.gouvernail.domain.exit.ClosureReceipt;
import org.gouvernail.domain.exit.ExitEvent.ClosureCancelled;
import org.gouvernail.domain.exit.ExitEvent.ClosureRequested;
import org.gouvernail.domain.exit.ExitEvent.Exported;
import org.gouvernail.domain.exit.ExitEvent.Imported;
import org.gouvernail.domain.exit.ImportReport;
import org.gouvernail.domain.exit.OrganisationArchive;
import org.gouvernail.domain.exit.TableRows;
import org.gouvernail.domain.exit.port.in.OrganisationExit;
import org.gouvernail.domain.exit.port.in.PrintableDocuments;
import org.gouvernail.domain.exit.port.out.Closures;
import org.gouvernail.domain.exit.port.out.OrganisationData;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.jboss.logging.Logger;

/**
 * Use case service: an organisation's archive (export, import) and its closure (grace period, then the
 * deletion of everything it holds, in batches, by whichever instance claims it, and a receipt).
 */
@ApplicationScoped
public class OrganisationExitService implements OrganisationExit {

    private static final Logger LOG = Logger.getLogger(OrganisationExitService.class);

    private final OrganisationData data;
    private final Closures closures;
    private final MemberAccess access;
    private final Auditor auditor;
    private final ExitSettings settings;
    private final Clock clock;
    /** This instance, in the claims of the deletion job. */
    private final String instance = "instance-" + UUID.randomUUID();

    public OrganisationExitService(
            OrganisationData data,
            Closures closures,
            MemberAccess access,
            Auditor auditor,
            ExitSettings settings,
            Clock clock) {
        this.data = data;
        this.closures = closures;
        this.access = access;
        this.auditor = auditor;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * No transaction of its own around the snapshot: the adapter reads every table in one read-only
     * REPEATABLE READ transaction of its connection. The access check and the audit row each have theirs.
     */
    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public OrganisationArchive export(Caller caller, OrganisationId organisationId, PrintableDocuments documents) {
        QuarkusTransaction.requiringNew()
                .run(() -> access.withRole(caller, organisationId, Role.ADMINS, "export-organisation"));
        Instant exportedAt = clock.instant();
        List<TableRows> tables = data.snapshot(organisationId);
        List<ArchiveFile> printable = QuarkusTransaction.requiringNew()
                .call(() -> documents.of(caller, organisationId, tables).stream()
                        .map(document -> new ArchiveFile(document.path(), document.content()))
                        .toList());
        Manifest manifest =
                new Manifest(organisationId, settings.instanceName(), exportedAt, data.schemaVersion(), Map.of());
        byte[] archive = ArchiveFormat.write(manifest, tables, printable);
        String sha256 = ArchiveFormat.sha256(archive);
        long rows = tables.stream().mapToLong(TableRows::size).sum();
        QuarkusTransaction.requiringNew().run(() -> auditor.record(caller, new Exported(organisationId, sha256, rows)));
        return new OrganisationArchive(organisationId, exportedAt, archive, sha256);
    }

    @Override
    @Transactional
    public ImportReport importArchive(Caller caller, byte[] archive) {
        if (!caller.platformAdmin()) {
            throw new Forbidden("import-organisation");
        }
        ArchiveFormat.Read read = ArchiveFormat.read(archive);
        OrganisationId organisationId = read.manifest().organisationId();
        if (data.exists(organisationId)) {
            throw new RuleViolation(
                    "organisation-exists",
                    "organisation " + organisationId + " already exists on this instance",
                    organisationId.toString());
        }
        Map<String, Long> written = data.write(organisationId, read.tables());
        long rows = written.values().stream().mapToLong(Long::longValue).sum();
        auditor.record(caller, new Imported(organisationId, read.manifest().sourceInstance(), rows));
        return new ImportReport(organisationId, read.manifest().sourceInstance(), written);
    }

    @Override
    @Transactional
    public Closure close(Caller caller, OrganisationId organisationId) {
        access.withRole(caller, organisationId, Role.ADMINS, "close-organisation");
        if (closures.find(organisationId).isPresent()) {
            throw new RuleViolation("closure-exists", "the organisation is already closing", organisationId.toString());
        }
        Closure closure = Closure.request(organisationId, caller.subject(), clock.instant(), settings.gracePeriod());
        closures.add(closure);
        auditor.record(caller, new ClosureRequested(organisationId, closure.deleteAfter()));
        return closure;
    }

    @Override
    @Transactional
    public Closure closure(Caller caller, OrganisationId organisationId) {
        access.member(caller, organisationId);
        return closures.find(organisationId).orElseThrow(() -> new NotFound("closure", organisationId));
    }

    @Override
    @Transactional
    public void cancelClosure(Caller caller, OrganisationId organisationId) {
        access.withRole(caller, organisationId, Role.ADMINS, "cancel-closure");
        Closure closure = closures.find(organisationId).orElseThrow(() -> new NotFound("closure", organisationId));
        closure.requireCancellable(clock.instant());
        closures.remove(organisationId);
        auditor.record(caller, new ClosureCancelled(organisationId, closure.deleteAfter()));
    }

    @Override
    @Transactional
    public ClosureReceipt receipt(Caller caller, UUID organisationId) {
        if (!caller.platformAdmin()) {
            throw new Forbidden("read-closure-receipt");
        }
        return closures.receipt(organisationId).orElseThrow(() -> new NotFound("closure-receipt", organisationId));
    }

    /**
     * Each step is its own short transaction: the claim (a lease, so that an instance that dies lets
     * another take over), the counts, every batch of rows, and the last step that deletes the
     * organisation row and writes the receipt. A deletion interrupted anywhere resumes where it stopped.
     */
    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public int deleteDueOrganisations() {
        List<OrganisationId> due = QuarkusTransaction.requiringNew().call(() -> closures.due(clock.instant(), 10));
        int deleted = 0;
        for (OrganisationId organisationId : due) {
            if (delete(organisationId)) {
                deleted++;
            }
        }
        return deleted;
    }

    private boolean delete(OrganisationId organisationId) {
        Instant now = clock.instant();
        boolean claimed = QuarkusTransaction.requiringNew()
                .call(() -> closures.claim(organisationId, instance, now, now.plus(settings.lease())));
        if (!claimed) {
            return false;
        }
        Closure closure = QuarkusTransaction.requiringNew()
                .call(() -> closures.find(organisationId))
                .orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> {
            if (closures.recordedCounts(organisationId).isEmpty()) {
                closures.recordTally(organisationId, data.count(organisationId));
            }
        });
        long rows = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew()
                    .call(() -> data.deleteBatch(organisationId, settings.batchSize()));
            rows += batch;
            if (batch > 0) {
                QuarkusTransaction.requiringNew()
                        .run(() -> closures.claim(
                                organisationId,
                                instance,
                                clock.instant(),
                                clock.instant().plus(settings.lease())));
            }
        } while (batch > 0);
        QuarkusTransaction.requiringNew().run(() -> {
            ClosureReceipt receipt = new ClosureReceipt(
                    organisationId.value(),
                    closures.name(organisationId),
                    closure.requestedAt(),
                    clock.instant(),
                    closures.recordedCounts(organisationId).orElse(Map.of()),
                    closures.recordedExportSha256(organisationId).orElse(null));
            data.deleteOrganisation(organisationId);
            closures.addReceipt(receipt);
        });
        LOG.infof("organisation %s deleted after its closure: %d rows in this run", organisationId, rows);
        return true;
    }
}
