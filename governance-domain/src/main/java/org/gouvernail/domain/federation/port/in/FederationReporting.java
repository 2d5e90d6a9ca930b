package org.gouvernail.domain.federation.port.in;

import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.federation.FederationReport;
import org.gouvernail.domain.federation.Segmentation;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * In-port: a federation's finalised reports: its roll-up dashboard frozen at one instant (for a general
 * assembly, a funder), which later withdrawals mark but never change.
 */
public interface FederationReporting {

    /** Draws the dashboard of these indicators now and freezes it; the federation's ADMIN. */
    FederationReport finalise(
            Caller caller,
            OrganisationId federationId,
            String title,
            List<String> indicators,
            Segmentation segmentation);

    /** The federation's ADMIN or ANALYST. */
    Page<FederationReport> reports(Caller caller, OrganisationId federationId, PageRequest page);

    FederationReport report(Caller caller, OrganisationId federationId, UUID reportId);

    /** The frozen JSON document and the report it belongs to. */
    Frozen frozen(Caller caller, OrganisationId federationId, UUID reportId);

    record Frozen(FederationReport report, String document) {}
}
