package org.gouvernail.persistence.readiness;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.readiness.CampaignId;
import org.gouvernail.domain.readiness.CampaignStatus;
import org.gouvernail.domain.readiness.ReadinessCampaign;
import org.gouvernail.domain.readiness.RespondentGroup;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table readiness_campaign. */
@Entity
@Table(name = "readiness_campaign")
public class ReadinessCampaignEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public String title;
    public String frameworkVersion;
    public String respondentGroups;
    public boolean anonymous;

    @Enumerated(EnumType.STRING)
    public CampaignStatus status;

    public Instant openedAt;
    public Instant closedAt;

    @Version
    public long version;

    static ReadinessCampaignEntity from(ReadinessCampaign campaign) {
        ReadinessCampaignEntity entity = new ReadinessCampaignEntity();
        entity.id = campaign.id().value();
        entity.organisationId = campaign.organisationId().value();
        entity.frameworkVersion = campaign.frameworkVersion();
        entity.openedAt = campaign.openedAt();
        entity.version = campaign.version();
        entity.apply(campaign);
        return entity;
    }

    void apply(ReadinessCampaign campaign) {
        title = campaign.title();
        respondentGroups = campaign.groups().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        anonymous = campaign.anonymous();
        status = campaign.status();
        closedAt = campaign.closedAt();
    }

    ReadinessCampaign toDomain() {
        Set<RespondentGroup> groups = EnumSet.noneOf(RespondentGroup.class);
        Arrays.stream(respondentGroups.split(",")).map(RespondentGroup::valueOf).forEach(groups::add);
        return new ReadinessCampaign(
                new CampaignId(id),
                new OrganisationId(organisationId),
                title,
                frameworkVersion,
                groups,
                anonymous,
                status,
                openedAt,
                closedAt,
                version);
    }
}
