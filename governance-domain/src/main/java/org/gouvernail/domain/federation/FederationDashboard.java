package org.gouvernail.domain.federation;

import java.util.List;
import java.util.Objects;
import org.gouvernail.domain.dashboard.Indicator;
import org.gouvernail.domain.federation.DisclosureControl.Table;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Read model: a federation's roll-up dashboard: for each indicator asked, its protected table (the
 * total and the cells of the segmentation asked), computed from the members' latest snapshots only.
 *
 * @param segmentation the segmentation whose cells are shown (null: the totals only)
 */
public record FederationDashboard(
        OrganisationId federationId,
        Segmentation segmentation,
        DisclosureRules rules,
        List<IndicatorTable> indicators) {

    public FederationDashboard {
        Objects.requireNonNull(federationId, "federationId");
        Objects.requireNonNull(rules, "rules");
        indicators = List.copyOf(indicators);
    }

    /** One indicator and its protected table. */
    public record IndicatorTable(Indicator indicator, Table table) {}
}
