package org.gouvernail.domain.readiness.port.out;

import java.time.Instant;
import java.util.Optional;
import org.gouvernail.domain.readiness.CampaignId;
import org.gouvernail.domain.readiness.CampaignStatus;
import org.gouvernail.domain.readiness.ReadinessCampaign;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the stored readiness campaigns of each organisation. */
public interface ReadinessCampaigns {

    void add(ReadinessCampaign campaign);

    Optional<ReadinessCampaign> find(OrganisationId organisationId, CampaignId id);

    /** Saves a changed campaign; StaleVersion if it changed since it was read. */
    ReadinessCampaign update(ReadinessCampaign campaign);

    /** Oldest first. */
    Page<ReadinessCampaign> list(OrganisationId organisationId, PageRequest page);

    /** The campaign closed last before {@code before}, for the trend; empty when there is none. */
    Optional<ReadinessCampaign> closedBefore(OrganisationId organisationId, Instant before);

    /** The most recently closed campaign. */
    Optional<ReadinessCampaign> latestClosed(OrganisationId organisationId);

    boolean any(OrganisationId organisationId, CampaignStatus status);
}
