package org.gouvernail.domain.federation;

import java.util.UUID;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain event: a federation report was drawn and frozen (the federation's trail only). */
public record FederationReportFinalised(OrganisationId organisationId, FederationReport report, int contributors)
        implements DomainEvent {

    @Override
    public String action() {
        return "federation.report-finalised";
    }

    @Override
    public String subjectType() {
        return "FEDERATION_REPORT";
    }

    @Override
    public UUID subjectId() {
        return report.id();
    }

    @Override
    public String summary() {
        return "indicators: " + String.join(",", report.indicators()) + "; contributors: " + contributors + "; sha256: "
                + report.sha256();
    }
}
