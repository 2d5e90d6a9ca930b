package org.gouvernail.domain.readiness.port.in;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.domain.readiness.Answer;
import org.gouvernail.domain.readiness.CampaignId;
import org.gouvernail.domain.readiness.GovernanceProfile;
import org.gouvernail.domain.readiness.GovernanceSetup;
import org.gouvernail.domain.readiness.Practice;
import org.gouvernail.domain.readiness.PracticeStatus;
import org.gouvernail.domain.readiness.ProfileFacts;
import org.gouvernail.domain.readiness.ReadinessCampaign;
import org.gouvernail.domain.readiness.ReadinessFramework;
import org.gouvernail.domain.readiness.ReadinessResponse;
import org.gouvernail.domain.readiness.ReadinessResults;
import org.gouvernail.domain.readiness.RespondentGroup;
import org.gouvernail.domain.readiness.Roadmap;
import org.gouvernail.domain.readiness.RoadmapAction;
import org.gouvernail.domain.readiness.SetupJourney;
import org.gouvernail.domain.readiness.StepStatus;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * Use cases: where the association stands (readiness campaigns: ADMIN and COMMITTEE open and close
 * them, every member answers for themself, governors and viewers read the results), the governance
 * profile sized to it, the recommended practices applied or explained, the roadmap of first actions
 * (accepting one creates its object through the registers, once) and the setup journey.
 */
public interface ReadinessAssessment {

    record NewCampaign(String title, Set<RespondentGroup> groups, boolean anonymous) {}

    /** The results of a campaign, with the campaign compared to, if any. */
    record Results(ReadinessCampaign campaign, ReadinessResults results, Optional<CampaignId> comparedTo) {}

    /** The roadmap against the latest closed campaign (none yet: every action proposed). */
    record RoadmapView(GovernanceSetup setup, Optional<CampaignId> basedOn, List<Roadmap.Item> items) {}

    record Accepted(GovernanceSetup setup, Roadmap.Item item, boolean created) {}

    ReadinessFramework framework();

    ReadinessCampaign openCampaign(Caller caller, OrganisationId organisationId, NewCampaign campaign);

    Page<ReadinessCampaign> campaigns(Caller caller, OrganisationId organisationId, PageRequest page);

    ReadinessCampaign campaign(Caller caller, OrganisationId organisationId, CampaignId campaignId);

    ReadinessCampaign closeCampaign(
            Caller caller, OrganisationId organisationId, CampaignId campaignId, long expectedVersion);

    /** The caller's own response, created or replaced; {@code expectedVersion} is required to replace one. */
    ReadinessResponse answer(
            Caller caller,
            OrganisationId organisationId,
            CampaignId campaignId,
            RespondentGroup group,
            List<Answer> answers,
            Optional<Long> expectedVersion);

    ReadinessResponse myResponse(Caller caller, OrganisationId organisationId, CampaignId campaignId);

    Results results(Caller caller, OrganisationId organisationId, CampaignId campaignId);

    GovernanceSetup setup(Caller caller, OrganisationId organisationId);

    /** Sets the facts and the profile (null: the proposed one); {@code expectedVersion} required once set. */
    GovernanceSetup setProfile(
            Caller caller,
            OrganisationId organisationId,
            Optional<Long> expectedVersion,
            ProfileFacts facts,
            GovernanceProfile override,
            String overrideReason);

    GovernanceSetup decidePractice(
            Caller caller,
            OrganisationId organisationId,
            long expectedVersion,
            Practice practice,
            PracticeStatus status,
            String explanation);

    RoadmapView roadmap(Caller caller, OrganisationId organisationId);

    /** Creates the action's object once; a second call returns the step as it is, creating nothing. */
    Accepted accept(Caller caller, OrganisationId organisationId, RoadmapAction action);

    GovernanceSetup markStep(
            Caller caller,
            OrganisationId organisationId,
            long expectedVersion,
            RoadmapAction action,
            StepStatus status);

    List<SetupJourney.Item> journey(Caller caller, OrganisationId organisationId);
}
