package org.gouvernail.domain.readiness.port.out;

import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.readiness.CampaignId;
import org.gouvernail.domain.readiness.ReadinessResponse;
import org.gouvernail.domain.shared.OrganisationId;

/** Out-port: the answers given to readiness campaigns, one response per member and campaign. */
public interface ReadinessResponses {

    void add(ReadinessResponse response);

    Optional<ReadinessResponse> find(OrganisationId organisationId, CampaignId campaignId, MemberId respondent);

    /** Saves changed answers; StaleVersion if they changed since they were read. */
    ReadinessResponse update(ReadinessResponse response);

    /**
     * Every response of the campaign, in one query: at most one per member of the organisation, each a
     * few hundred characters, so the results cost the campaign's size, never more.
     */
    List<ReadinessResponse> all(OrganisationId organisationId, CampaignId campaignId);
}
