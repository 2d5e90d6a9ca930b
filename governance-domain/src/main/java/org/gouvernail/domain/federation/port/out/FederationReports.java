package org.gouvernail.domain.federation.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.federation.Contribution;
import org.gouvernail.domain.federation.FederationReport;
import org.gouvernail.domain.federation.FederationReportContent;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Out-port: finalised federation reports, their frozen documents and who contributed to them. The
 * contributors are kept only to mark a report when one of them withdraws; they are never served.
 */
public interface FederationReports {

    /** The JSON document of {@code content}: the text that is hashed, stored and served, byte for byte. */
    String document(FederationReportContent content);

    void add(FederationReport report, String document, List<Contribution> contributions);

    /** The federation's reports, newest first, each with the indicators withdrawn since: one statement for the marks. */
    Page<FederationReport> list(OrganisationId federationId, PageRequest page);

    Optional<FederationReport> find(OrganisationId federationId, UUID reportId);

    /** The stored document of the report. */
    Optional<String> stored(OrganisationId federationId, UUID reportId);
}
