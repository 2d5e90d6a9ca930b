package org.gouvernail.rest.readiness;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.readiness.Answer;
import org.gouvernail.domain.readiness.CampaignStatus;
import org.gouvernail.domain.readiness.Dimension;
import org.gouvernail.domain.readiness.GovernanceProfile;
import org.gouvernail.domain.readiness.GovernanceSetup;
import org.gouvernail.domain.readiness.Practice;
import org.gouvernail.domain.readiness.PracticeDecision;
import org.gouvernail.domain.readiness.PracticeStatus;
import org.gouvernail.domain.readiness.ProfileDefaults;
import org.gouvernail.domain.readiness.ProfileFacts;
import org.gouvernail.domain.readiness.ReadinessCampaign;
import org.gouvernail.domain.readiness.ReadinessFramework;
import org.gouvernail.domain.readiness.ReadinessQuestion;
import org.gouvernail.domain.readiness.ReadinessResponse;
import org.gouvernail.domain.readiness.ReadinessResults;
import org.gouvernail.domain.readiness.RespondentGroup;
import org.gouvernail.domain.readiness.Roadmap;
import org.gouvernail.domain.readiness.RoadmapAction;
import org.gouvernail.domain.readiness.SetupJourney;
import org.gouvernail.domain.readiness.StepStatus;
import org.gouvernail.domain.readiness.port.in.ReadinessAssessment.Results;
import org.gouvernail.rest.shared.LocalizedText;

/** JSON shapes of readiness: framework, campaigns, answers, results, profile, practices, roadmap, journey. */
final class ReadinessJson {

    private ReadinessJson() {}

    @Schema(
            name = "ReadinessFramework",
            description = "The readiness framework, versioned; a campaign names its version.")
    record FrameworkView(
            @Schema(maxLength = 20, examples = "2026.1") String version,
            @Schema(maxItems = 8) List<DimensionView> dimensions) {

        static FrameworkView from(ReadinessFramework framework) {
            return new FrameworkView(
                    framework.version(),
                    framework.codesByDimension().entrySet().stream()
                            .map(entry -> new DimensionView(
                                    entry.getKey(),
                                    LocalizedText.of(entry.getKey().title()),
                                    entry.getValue().stream()
                                            .map(code -> QuestionView.from(
                                                    framework.question(code).orElseThrow()))
                                            .toList()))
                            .toList());
        }
    }

    @Schema(name = "ReadinessDimension")
    record DimensionView(
            @Schema(maxLength = 40) Dimension code,
            LocalizedText title,
            @Schema(maxItems = 20) List<QuestionView> questions) {}

    @Schema(
            name = "ReadinessQuestion",
            description = "A behavioural statement and its five stages (1: nothing yet … 5: embedded and reviewed). "
                    + "An answer gives a stage, or null for \"I don't know\".")
    record QuestionView(
            @Schema(maxLength = 10, examples = "LG1") String code,
            LocalizedText statement,
            @Schema(maxItems = 5, minItems = 5) List<LocalizedText> stages) {

        static QuestionView from(ReadinessQuestion question) {
            return new QuestionView(
                    question.code(),
                    LocalizedText.of(question.statement()),
                    question.stages().stream().map(LocalizedText::of).toList());
        }
    }

    @Schema(name = "ReadinessCampaignDraft")
    record NewCampaign(
            @NotBlank @Size(max = 200) @Schema(examples = "Où en sommes-nous ? Automne 2026")
            String title,

            @NotNull @Size(min = 1, max = 4) @Schema(maxItems = 4, minItems = 1)
            Set<@NotNull RespondentGroup> groups,

            @Schema(
                    nullable = true,
                    defaultValue = "false",
                    description = "true: a group's results show only from 3 respondents; the audit names nobody")
            Boolean anonymous) {}

    @Schema(name = "ReadinessCampaign")
    record CampaignView(
            UUID id,
            @Schema(maxLength = 200) String title,
            @Schema(maxLength = 20) String frameworkVersion,
            @Schema(maxItems = 4) Set<RespondentGroup> groups,
            boolean anonymous,
            @Schema(maxLength = 10) CampaignStatus status,
            Instant openedAt,
            @Schema(nullable = true) Instant closedAt) {

        static CampaignView from(ReadinessCampaign campaign) {
            return new CampaignView(
                    campaign.id().value(),
                    campaign.title(),
                    campaign.frameworkVersion(),
                    campaign.groups(),
                    campaign.anonymous(),
                    campaign.status(),
                    campaign.openedAt(),
                    campaign.closedAt());
        }
    }

    @Schema(name = "ReadinessAnswer")
    record AnswerJson(
            @NotBlank @Size(max = 10) @Schema(examples = "LG1")
            String question,

            @Min(1) @Max(5) @Schema(nullable = true, minimum = "1", maximum = "5", description = "null: I don't know")
            Integer stage) {

        Answer toDomain() {
            return new Answer(question, stage);
        }

        static AnswerJson from(Answer answer) {
            return new AnswerJson(answer.question(), answer.stage());
        }
    }

    @Schema(name = "ReadinessResponseDraft", description = "The caller's own answers, for the group they answer as.")
    record ResponseDraft(
            @NotNull @Schema(maxLength = 20) RespondentGroup group,

            @NotNull @Size(min = 1, max = 100) @Schema(maxItems = 100)
            List<@NotNull @Valid AnswerJson> answers) {

        List<Answer> toDomain() {
            return answers.stream().map(AnswerJson::toDomain).toList();
        }
    }

    @Schema(name = "ReadinessResponse", description = "The caller's own answers; nobody else reads them one by one.")
    record ResponseView(
            UUID campaignId,
            @Schema(maxLength = 20) RespondentGroup group,
            @Schema(maxItems = 100) List<AnswerJson> answers,
            Instant submittedAt) {

        static ResponseView from(ReadinessResponse response) {
            return new ResponseView(
                    response.campaignId().value(),
                    response.group(),
                    response.answers().stream().map(AnswerJson::from).toList(),
                    response.submittedAt());
        }
    }

    @Schema(name = "ReadinessGroupScore")
    record GroupScoreView(
            @Schema(maxLength = 20) RespondentGroup group,
            @Schema(minimum = "0", maximum = "1000000") int respondents,

            @Schema(description = "false: too few respondents in an anonymous campaign (fewer than 3), or none")
            boolean shown,

            @Schema(nullable = true, minimum = "1", maximum = "5")
            Double mean,

            @Schema(minimum = "0", maximum = "1") double dontKnowShare) {

        static GroupScoreView from(ReadinessResults.GroupScore score) {
            return new GroupScoreView(
                    score.group(), score.respondents(), score.shown(), score.mean(), score.dontKnowShare());
        }
    }

    @Schema(name = "ReadinessDimensionResult")
    record DimensionResultView(
            @Schema(maxLength = 40) Dimension dimension,
            LocalizedText title,

            @Schema(nullable = true, minimum = "1", maximum = "5")
            Double mean,

            @Schema(minimum = "0", maximum = "100000000") int answers,
            @Schema(minimum = "0", maximum = "100000000") int dontKnow,
            @Schema(minimum = "0", maximum = "1") double dontKnowShare,
            @Schema(maxItems = 4) List<GroupScoreView> groups,

            @Schema(
                    nullable = true,
                    minimum = "0",
                    maximum = "4",
                    description = "Highest minus lowest shown group mean; null with fewer than two shown groups")
            Double dispersion,

            @Schema(description = "Dispersion of 1.5 stages or more: the groups disagree, a finding in itself")
            boolean disagreement,

            @Schema(nullable = true, minimum = "-4", maximum = "4", description = "Mean minus the previous campaign's")
            Double trend) {

        static DimensionResultView from(ReadinessResults.DimensionResult result) {
            return new DimensionResultView(
                    result.dimension(),
                    LocalizedText.of(result.dimension().title()),
                    result.mean(),
                    result.answers(),
                    result.dontKnow(),
                    result.dontKnowShare(),
                    result.groups().stream().map(GroupScoreView::from).toList(),
                    result.dispersion(),
                    result.disagreement(),
                    result.trend());
        }
    }

    @Schema(name = "ReadinessResults")
    record ResultsView(
            CampaignView campaign,

            @Schema(nullable = true, description = "The previous closed campaign the trend compares with")
            UUID comparedTo,

            @Schema(minimum = "0", maximum = "1000000") int respondents,
            Map<RespondentGroup, Integer> respondentsByGroup,
            @Schema(minimum = "0", maximum = "1") double dontKnowShare,
            @Schema(maxItems = 8) List<Dimension> disagreements,
            @Schema(maxItems = 8) List<DimensionResultView> dimensions) {

        static ResultsView from(Results results) {
            ReadinessResults r = results.results();
            return new ResultsView(
                    CampaignView.from(results.campaign()),
                    results.comparedTo().map(id -> id.value()).orElse(null),
                    r.respondents(),
                    r.respondentsByGroup(),
                    r.dontKnowShare(),
                    r.disagreements(),
                    r.dimensions().stream().map(DimensionResultView::from).toList());
        }
    }

    @Schema(
            name = "GovernanceProfileDraft",
            description = "The facts the profile is proposed from, and an optional override.")
    record ProfileDraft(
            @NotNull @Min(0) @Max(1000000) @Schema(minimum = "0", maximum = "1000000", examples = "4")
            Integer staff,

            @NotNull @Min(0) @Max(1000000) @Schema(minimum = "0", maximum = "1000000", examples = "35")
            Integer volunteers,

            @Schema(nullable = true, defaultValue = "false", description = "Works directly with beneficiaries")
            Boolean beneficiaryFacing,

            @Schema(
                    nullable = true,
                    defaultValue = "false",
                    description = "Some beneficiaries are vulnerable (minors, precarity, patients)")
            Boolean vulnerableGroups,

            @Min(1) @Max(200) @Schema(nullable = true, defaultValue = "1", minimum = "1", maximum = "200")
            Integer countries,

            @Schema(nullable = true, defaultValue = "false") Boolean federation,

            @Schema(
                    nullable = true,
                    maxLength = 30,
                    description = "Another profile than the proposed one; needs overrideReason")
            GovernanceProfile profile,

            @Size(max = 2000) @Schema(nullable = true) String overrideReason) {

        ProfileFacts facts() {
            return new ProfileFacts(
                    staff,
                    volunteers,
                    Boolean.TRUE.equals(beneficiaryFacing),
                    Boolean.TRUE.equals(vulnerableGroups),
                    countries == null ? 1 : countries,
                    Boolean.TRUE.equals(federation));
        }
    }

    @Schema(name = "GovernanceDefaults", description = "What the profile sets by default")
    record DefaultsView(
            @Schema(minimum = "1", maximum = "9") int committeeMin,
            @Schema(minimum = "1", maximum = "9") int committeeMax,
            boolean writtenProcedure,
            @Schema(minimum = "1", maximum = "36") int reviewCadenceMonths,
            @Schema(minimum = "1", maximum = "60") int trainingValidityMonths,
            @Schema(maxLength = 60) String policyTemplate,
            @Schema(maxItems = 20) List<Practice> practices) {

        static DefaultsView from(ProfileDefaults defaults) {
            return new DefaultsView(
                    defaults.committeeMin(),
                    defaults.committeeMax(),
                    defaults.writtenProcedure(),
                    defaults.reviewCadenceMonths(),
                    defaults.trainingValidityMonths(),
                    defaults.policyTemplate(),
                    defaults.practices());
        }
    }

    @Schema(name = "GovernanceProfile")
    record ProfileView(
            @Schema(minimum = "0", maximum = "1000000") int staff,
            @Schema(minimum = "0", maximum = "1000000") int volunteers,
            boolean beneficiaryFacing,
            boolean vulnerableGroups,
            @Schema(minimum = "1", maximum = "200") int countries,
            boolean federation,
            @Schema(maxLength = 30) GovernanceProfile proposed,

            @Schema(maxItems = 5, description = "The rules that proposed it")
            List<String> proposedBecause,

            @Schema(maxLength = 30) GovernanceProfile profile,
            @Schema(nullable = true, maxLength = 2000) String overrideReason,
            DefaultsView defaults) {

        static ProfileView from(GovernanceSetup setup) {
            ProfileFacts facts = setup.facts();
            return new ProfileView(
                    facts.staff(),
                    facts.volunteers(),
                    facts.beneficiaryFacing(),
                    facts.vulnerableGroups(),
                    facts.countries(),
                    facts.federation(),
                    setup.proposal().profile(),
                    setup.proposal().reasons(),
                    setup.chosen(),
                    setup.overrideReason(),
                    DefaultsView.from(setup.defaults()));
        }
    }

    @Schema(name = "PracticeDecisionDraft", description = "Apply or explain: NOT_APPLIED needs its explanation")
    record PracticeDraft(
            @NotNull @Schema(maxLength = 20) PracticeStatus status,
            @Size(max = 2000) @Schema(nullable = true) String explanation) {}

    @Schema(name = "GovernancePractice")
    record PracticeView(
            @Schema(maxLength = 40) Practice code,
            LocalizedText title,

            @Schema(description = "Recommended to the organisation's profile")
            boolean recommended,

            @Schema(nullable = true, maxLength = 20, description = "null: not decided yet")
            PracticeStatus status,

            @Schema(nullable = true, maxLength = 2000) String explanation,
            @Schema(nullable = true) Instant decidedAt) {

        static PracticeView from(GovernanceSetup setup, Practice practice) {
            PracticeDecision decision = setup.practices().get(practice);
            return new PracticeView(
                    practice,
                    LocalizedText.of(practice.title()),
                    practice.recommendedFor(setup.chosen()),
                    decision == null ? null : decision.status(),
                    decision == null ? null : decision.explanation(),
                    decision == null ? null : decision.decidedAt());
        }
    }

    @Schema(name = "GovernancePractices")
    record PracticesView(
            @Schema(maxLength = 30) GovernanceProfile profile,
            @Schema(maxItems = 20) List<PracticeView> practices,

            @Schema(
                    maxItems = 20,
                    description = "The practices not applied, with their explanation: for the board report")
            List<PracticeView> explained) {

        static PracticesView from(GovernanceSetup setup) {
            List<PracticeView> all = java.util.Arrays.stream(Practice.values())
                    .filter(practice -> practice.recommendedFor(setup.chosen())
                            || setup.practices().containsKey(practice))
                    .map(practice -> PracticeView.from(setup, practice))
                    .toList();
            return new PracticesView(
                    setup.chosen(),
                    all,
                    all.stream()
                            .filter(view -> view.status() == PracticeStatus.NOT_APPLIED)
                            .toList());
        }
    }

    @Schema(name = "RoadmapItem")
    record RoadmapItemView(
            @Schema(maxLength = 40) RoadmapAction action,
            LocalizedText title,

            @Schema(maxLength = 40, description = "What accepting creates")
            String creates,

            @Schema(maxItems = 10, examples = "[\"low:DATA_PRIVACY\",\"disagreement:LEADERSHIP_GOVERNANCE\"]")
            List<String> reasons,

            @Schema(maxLength = 20) StepStatus status,

            @Schema(nullable = true, description = "The object accepting created")
            UUID createdId) {

        static RoadmapItemView from(Roadmap.Item item) {
            return new RoadmapItemView(
                    item.action(),
                    LocalizedText.of(item.action().title()),
                    item.action().creates(),
                    item.reasons(),
                    item.status(),
                    item.step() == null ? null : item.step().createdId());
        }
    }

    @Schema(name = "Roadmap")
    record RoadmapView(
            @Schema(maxLength = 30) GovernanceProfile profile,

            @Schema(nullable = true, description = "The closed campaign the roadmap is derived from; null: none yet")
            UUID basedOn,

            @Schema(maxItems = 10) List<RoadmapItemView> items) {}

    @Schema(name = "RoadmapAccepted")
    record AcceptedView(
            RoadmapItemView item,

            @Schema(description = "false: accepted before; nothing created")
            boolean created) {}

    @Schema(name = "RoadmapStepDraft")
    record StepDraft(@NotNull @Schema(maxLength = 20) StepStatus status) {}

    @Schema(name = "SetupJourneyStep")
    record JourneyStepView(
            @Schema(minimum = "1", maximum = "20") int order,
            @Schema(maxLength = 40) SetupJourney.Step step,
            @Schema(maxLength = 20) StepStatus status,

            @Schema(nullable = true, maxLength = 40, description = "The roadmap action that starts it")
            RoadmapAction action) {

        static JourneyStepView from(SetupJourney.Item item) {
            return new JourneyStepView(item.order(), item.step(), item.status(), item.action());
        }
    }

    @Schema(name = "SetupJourney")
    record JourneyView(@Schema(maxItems = 20) List<JourneyStepView> steps) {}
}
