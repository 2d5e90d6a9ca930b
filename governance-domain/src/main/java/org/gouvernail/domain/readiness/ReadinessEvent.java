package org.gouvernail.domain.readiness;

import java.util.UUID;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of readiness: campaigns and their answers, the governance profile, practices and roadmap. */
public sealed interface ReadinessEvent extends DomainEvent {

    record CampaignOpened(OrganisationId organisationId, CampaignId campaignId, String groups, boolean anonymous)
            implements ReadinessEvent {

        @Override
        public String action() {
            return "readiness-campaign.opened";
        }

        @Override
        public String subjectType() {
            return "READINESS_CAMPAIGN";
        }

        @Override
        public UUID subjectId() {
            return campaignId.value();
        }

        @Override
        public String summary() {
            return "groups: " + groups + "; anonymous: " + anonymous;
        }
    }

    record CampaignClosed(OrganisationId organisationId, CampaignId campaignId, int respondents)
            implements ReadinessEvent {

        @Override
        public String action() {
            return "readiness-campaign.closed";
        }

        @Override
        public String subjectType() {
            return "READINESS_CAMPAIGN";
        }

        @Override
        public UUID subjectId() {
            return campaignId.value();
        }

        @Override
        public String summary() {
            return "respondents: " + respondents;
        }
    }

    /** An answer was given: the audit row names the campaign and the group, never the answers. */
    record ResponseSubmitted(OrganisationId organisationId, CampaignId campaignId, RespondentGroup group, int answers)
            implements ReadinessEvent {

        @Override
        public String action() {
            return "readiness-campaign.answered";
        }

        @Override
        public String subjectType() {
            return "READINESS_CAMPAIGN";
        }

        @Override
        public UUID subjectId() {
            return campaignId.value();
        }

        @Override
        public String summary() {
            return "group: " + group + "; answers: " + answers;
        }
    }

    /** Subject: the organisation itself, whose governance setup this is. */
    sealed interface SetupEvent extends ReadinessEvent {

        @Override
        default String subjectType() {
            return "GOVERNANCE_SETUP";
        }

        @Override
        default UUID subjectId() {
            return organisationId().value();
        }
    }

    record ProfileSet(
            OrganisationId organisationId,
            GovernanceProfile before,
            GovernanceProfile proposed,
            GovernanceProfile chosen,
            String overrideReason)
            implements SetupEvent {

        @Override
        public String action() {
            return "governance-profile.set";
        }

        @Override
        public String summary() {
            return "profile: " + (before == null ? "none" : before) + " → " + chosen + "; proposed: " + proposed
                    + (overrideReason == null ? "" : "; reason: " + overrideReason);
        }
    }

    record PracticeDecided(OrganisationId organisationId, Practice practice, PracticeStatus status)
            implements SetupEvent {

        @Override
        public String action() {
            return "governance-practice.decided";
        }

        @Override
        public String summary() {
            return "practice: " + practice + "; status: " + status;
        }
    }

    record RoadmapActionAccepted(OrganisationId organisationId, RoadmapAction roadmapAction, UUID createdId)
            implements SetupEvent {

        @Override
        public String action() {
            return "roadmap-action.accepted";
        }

        @Override
        public String summary() {
            return "action: " + roadmapAction + "; created: " + roadmapAction.creates() + " " + createdId;
        }
    }

    record RoadmapStepMarked(OrganisationId organisationId, RoadmapAction roadmapAction, StepStatus status)
            implements SetupEvent {

        @Override
        public String action() {
            return "roadmap-action.marked";
        }

        @Override
        public String summary() {
            return "action: " + roadmapAction + "; status: " + status;
        }
    }
}
