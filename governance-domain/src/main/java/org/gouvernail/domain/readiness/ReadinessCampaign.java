package org.gouvernail.domain.readiness;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: one readiness self-assessment of an organisation: the groups invited, the framework
 * version answered, whether it is anonymous (then a group's results show only from
 * {@link ReadinessResults#MIN_GROUP_SIZE} respondents up). OPEN takes answers; CLOSED is kept as it was.
 */
public record ReadinessCampaign(
        CampaignId id,
        OrganisationId organisationId,
        String title,
        String frameworkVersion,
        Set<RespondentGroup> groups,
        boolean anonymous,
        CampaignStatus status,
        Instant openedAt,
        Instant closedAt,
        long version) {

    public ReadinessCampaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        title = Check.name("title", title);
        Objects.requireNonNull(frameworkVersion, "frameworkVersion");
        groups = groups == null || groups.isEmpty()
                ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(groups)); // framework order
        if (groups.isEmpty()) {
            throw new InvalidInput("groups", "required", "a campaign invites at least one group", "groups");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openedAt, "openedAt");
        if ((status == CampaignStatus.CLOSED) != (closedAt != null)) {
            throw new IllegalArgumentException("a closed campaign, and only a closed one, has its closing time");
        }
    }

    public static ReadinessCampaign open(
            CampaignId id,
            OrganisationId organisationId,
            String title,
            Set<RespondentGroup> groups,
            boolean anonymous,
            Instant now) {
        return new ReadinessCampaign(
                id,
                organisationId,
                title,
                ReadinessFramework.CURRENT_VERSION,
                groups,
                anonymous,
                CampaignStatus.OPEN,
                now,
                null,
                0);
    }

    public ReadinessCampaign close(Instant now) {
        if (status != CampaignStatus.OPEN) {
            throw new RuleViolation("readiness-campaign-closed", "the campaign is already closed", id);
        }
        return new ReadinessCampaign(
                id,
                organisationId,
                title,
                frameworkVersion,
                groups,
                anonymous,
                CampaignStatus.CLOSED,
                openedAt,
                now,
                version);
    }

    /** Refuses an answer to a closed campaign, or for a group the campaign did not invite. */
    public void requireAnswerable(RespondentGroup group) {
        if (status != CampaignStatus.OPEN) {
            throw new RuleViolation("readiness-campaign-closed", "the campaign is closed", id);
        }
        if (!groups.contains(group)) {
            throw new RuleViolation(
                    "readiness-group-not-invited", "the campaign does not invite the group " + group, group);
        }
    }

    public ReadinessFramework framework() {
        return ReadinessFramework.find(frameworkVersion)
                .orElseThrow(() -> new IllegalStateException("unknown framework " + frameworkVersion));
    }
}
