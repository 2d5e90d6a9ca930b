package org.gouvernail.domain.report.port.out;

import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.report.Report;
import org.gouvernail.domain.report.ReportType;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the organisations' reports. */
public interface Reports {

    void add(Report report);

    Optional<Report> find(OrganisationId organisationId, UUID id);

    /** Saves a changed report; StaleVersion if it changed since it was read. */
    Report update(Report report);

    /** Newest first (keyset on the time-ordered id); only those of {@code type} when given. */
    Page<Report> list(OrganisationId organisationId, ReportType type, PageRequest page);

    /** The last FINAL report of {@code type} finalised before this one was drawn: the "previous" one. */
    Optional<Report> lastFinal(OrganisationId organisationId, ReportType type);
}
