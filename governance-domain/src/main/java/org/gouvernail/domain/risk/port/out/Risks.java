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

    /**
     * Holds the risk, when it exists, until the transaction ends, so that changes that need no
     * If-Match (adding a mitigation action) happen one after the other instead of one failing
     * as stale. Called first in its transaction, so that what it reads afterwards includes the
     * change it waited for. Stores without concurrent writers need not do anything.
     */
    default void lockForChange(OrganisationId organisationId, RiskId id) {}

    /** Oldest first; {@code today} decides what is overdue. */
    Page<Risk> list(OrganisationId organisationId, RiskFilter filter, LocalDate today, PageRequest page);

    /** The ratings of every risk that is not closed, oldest first, for the heatmap. */
    List<RatedRisk> openRatings(OrganisationId organisationId);
}
