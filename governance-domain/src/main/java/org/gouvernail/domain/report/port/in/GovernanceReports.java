package org.gouvernail.domain.report.port.in;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.report.Report;
import org.gouvernail.domain.report.ReportComparison;
import org.gouvernail.domain.report.ReportContent;
import org.gouvernail.domain.report.ReportSection;
import org.gouvernail.domain.report.ReportType;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * In-port: reports for the board, the general assembly, funders and auditors. The governors (ADMIN,
 * COMMITTEE) draft, edit and finalise; those who read the dashboard read the reports.
 */
public interface GovernanceReports {

    /** Who drafts, edits and finalises a report. */
    Set<Role> AUTHORS = EnumSet.of(Role.ADMIN, Role.COMMITTEE);

    /** Who reads them: as the dashboard (ADMIN, COMMITTEE, DATA_REFERENT, VIEWER): aggregates, no names of staff. */
    Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.COMMITTEE, Role.DATA_REFERENT, Role.VIEWER);

    record NewReport(
            ReportType type,
            LocalDate periodFrom,
            LocalDate periodTo,
            Language language,
            List<ReportSection> sections,
            List<UUID> scope,
            Report.Narrative narrative) {}

    /** A report and its content: drawn now for a DRAFT, the frozen one (and its JSON) for a FINAL. */
    record Rendered(Report report, ReportContent content, String json) {}

    Report draft(Caller caller, OrganisationId organisationId, NewReport report);

    Page<Report> list(Caller caller, OrganisationId organisationId, ReportType type, PageRequest page);

    Report report(Caller caller, OrganisationId organisationId, UUID id);

    Rendered rendered(Caller caller, OrganisationId organisationId, UUID id);

    /** A DRAFT's narrative and sections; null leaves a field as it was. */
    Report edit(
            Caller caller,
            OrganisationId organisationId,
            UUID id,
            long expectedVersion,
            Report.Narrative narrative,
            List<ReportSection> sections);

    /** DRAFT → FINAL; {@code decisionId} (optional) a committee decision of the organisation that approved it. */
    Report finalise(Caller caller, OrganisationId organisationId, UUID id, long expectedVersion, UUID decisionId);

    /** Two reports of the organisation compared, the older as {@code earlier}. */
    ReportComparison compare(Caller caller, OrganisationId organisationId, UUID id, UUID otherId);
}
