package org.gouvernail.app.federation;

import static org.gouvernail.domain.federation.port.in.FederationGovernance.AGGREGATE_READERS;
import static org.gouvernail.domain.federation.port.in.FederationGovernance.FEDERATION_MANAGERS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.app.shared.Auditor;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.federation.Contribution;
import org.gouvernail.domain.federation.FederationDashboard;
import org.gouvernail.domain.federation.FederationReport;
import org.gouvernail.domain.federation.FederationReportContent;
import org.gouvernail.domain.federation.FederationReportFinalised;
import org.gouvernail.domain.federation.Segmentation;
import org.gouvernail.domain.federation.port.in.FederationGovernance;
import org.gouvernail.domain.federation.port.in.FederationReporting;
import org.gouvernail.domain.federation.port.out.FederationReports;
import org.gouvernail.domain.federation.port.out.FederationSnapshots;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.organisation.port.out.Organisations;
import org.gouvernail.domain.report.Report;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Use case service: a federation's finalised reports. The dashboard is drawn under disclosure control
 * exactly as the dashboard endpoint serves it, and frozen with the contributions it was computed from in
 * one transaction, so the marks a later withdrawal puts on the report name what it really fed.
 */
@ApplicationScoped
public class FederationReportService implements FederationReporting {

    private final FederationGovernance federations;
    private final FederationSnapshots snapshots;
    private final FederationReports reports;
    private final Organisations organisations;
    private final MemberAccess access;
    private final Auditor auditor;
    private final IdGenerator ids;
    private final Clock clock;

    public FederationReportService(
            FederationGovernance federations,
            FederationSnapshots snapshots,
            FederationReports reports,
            Organisations organisations,
            MemberAccess access,
            Auditor auditor,
            IdGenerator ids,
            Clock clock) {
        this.federations = federations;
        this.snapshots = snapshots;
        this.reports = reports;
        this.organisations = organisations;
        this.access = access;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FederationReport finalise(
            Caller caller,
            OrganisationId federationId,
            String title,
            List<String> indicators,
            Segmentation segmentation) {
        federation(caller, federationId, FEDERATION_MANAGERS, "finalise-federation-report");
        FederationDashboard dashboard = federations.dashboard(caller, federationId, indicators, segmentation);
        Set<String> codes = dashboard.indicators().stream()
                .map(table -> table.indicator().code())
                .collect(Collectors.toSet());
        List<Contribution> contributions = snapshots.latest(federationId, codes);
        Instant now = clock.instant();
        String document = reports.document(FederationReportContent.of(title, now, dashboard));
        FederationReport report = new FederationReport(
                ids.next(),
                federationId,
                title,
                dashboard.indicators().stream()
                        .map(table -> table.indicator().code())
                        .toList(),
                segmentation,
                now,
                Report.sha256Of(document),
                Set.of());
        reports.add(report, document, contributions);
        int contributors = (int) contributions.stream()
                .map(Contribution::associationId)
                .distinct()
                .count();
        auditor.record(caller, new FederationReportFinalised(federationId, report, contributors));
        return report;
    }

    @Override
    @Transactional
    public Page<FederationReport> reports(Caller caller, OrganisationId federationId, PageRequest page) {
        federation(caller, federationId, AGGREGATE_READERS, "read-federation-reports");
        return reports.list(federationId, page);
    }

    @Override
    @Transactional
    public FederationReport report(Caller caller, OrganisationId federationId, UUID reportId) {
        federation(caller, federationId, AGGREGATE_READERS, "read-federation-reports");
        return reports.find(federationId, reportId).orElseThrow(() -> new NotFound("federation-report", reportId));
    }

    @Override
    @Transactional
    public Frozen frozen(Caller caller, OrganisationId federationId, UUID reportId) {
        FederationReport report = report(caller, federationId, reportId);
        String document =
                reports.stored(federationId, reportId).orElseThrow(() -> new NotFound("federation-report", reportId));
        return new Frozen(report, document);
    }

    private void federation(Caller caller, OrganisationId federationId, Set<Role> roles, String action) {
        access.withRole(caller, federationId, roles, action);
        organisations.requireFederation(federationId);
    }
}
