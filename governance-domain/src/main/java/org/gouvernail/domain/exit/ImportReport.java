package org.gouvernail.domain.exit;

import java.util.Map;
import org.gouvernail.domain.shared.OrganisationId;

/** The result of an import: the organisation created and the rows written per table. */
public record ImportReport(OrganisationId organisationId, String sourceInstance, Map<String, Long> rowCounts) {

    public ImportReport {
        rowCounts = Map.copyOf(rowCounts);
    }
}
