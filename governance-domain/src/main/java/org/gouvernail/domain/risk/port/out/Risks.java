package org.gouvernail.domain.risk.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.risk.RatedRisk;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskFilter;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the stored risks of one organisation, each with its tool links and mitigation actions. */
public interface Risks {

    void add(Risk risk);

    Optional<Risk> find(OrganisationId organisationId, RiskId id);

    /** Saves a changed risk and its actions as one aggregate (one version); fails with StaleVersion if it changed since it was read. */
    Risk update(Risk risk);

    void remove(OrganisationId organisationId, RiskId id, long expectedVersion);

    /** Oldest first; {@code today} decides what is overdue. */
    Page<Risk> list(OrganisationId organisationId, RiskFilter filter, LocalDate today, PageRequest page);

    /** The ratings of every risk that is not closed, oldest first, for the heatmap. */
    List<RatedRisk> openRatings(OrganisationId organisationId);
}
