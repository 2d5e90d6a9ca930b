package org.gouvernail.rest.usecase;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.usecase.AiActAnswers;
import org.gouvernail.domain.usecase.AiActClassification;
import org.gouvernail.domain.usecase.AnnexIIIArea;
import org.gouvernail.domain.usecase.Article35Case;
import org.gouvernail.domain.usecase.Article63Exception;
import org.gouvernail.domain.usecase.CatalogueEntry;
import org.gouvernail.domain.usecase.ComplexityCriteria;
import org.gouvernail.domain.usecase.DpiaAnswers;
import org.gouvernail.domain.usecase.DpiaCriterion;
import org.gouvernail.domain.usecase.DpiaListItem;
import org.gouvernail.domain.usecase.DpiaOutcome;
import org.gouvernail.domain.usecase.DpiaScreening;
import org.gouvernail.domain.usecase.DpoStatus;
import org.gouvernail.domain.usecase.Duty;
import org.gouvernail.domain.usecase.ImpactCriteria;
import org.gouvernail.domain.usecase.Matrix;
import org.gouvernail.domain.usecase.NewUseCase;
import org.gouvernail.domain.usecase.OperatorRole;
import org.gouvernail.domain.usecase.PeopleAffected;
import org.gouvernail.domain.usecase.ProhibitedPractice;
import org.gouvernail.domain.usecase.Quadrant;
import org.gouvernail.domain.usecase.Reason;
import org.gouvernail.domain.usecase.RiskTier;
import org.gouvernail.domain.usecase.TransparencyDuty;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseDetails;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.rest.shared.Messages;

/** JSON shapes of the use-case portfolio resources. */
final class UseCaseJson {

    static final int CATALOGUE_ID_LENGTH = 60;

    private UseCaseJson() {}

    @Schema(
            name = "ImpactCriteria",
            description =
                    "Impact sub-criteria, each 1 (low) to 5 (high); the impact score is their mean rounded half up.")
    record Impact(
            @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5", examples = "4")
            Integer timeSaved,

            @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5", examples = "3")
            Integer beneficiaryQuality,

            @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5", examples = "3")
            Integer reach,

            @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5", examples = "4")
            Integer missionAlignment) {

        static Impact from(ImpactCriteria criteria) {
            return criteria == null
                    ? null
                    : new Impact(
                            criteria.timeSaved(),
                            criteria.beneficiaryQuality(),
                            criteria.reach(),
                            criteria.missionAlignment());
        }

        ImpactCriteria toDomain() {
            return new ImpactCriteria(timeSaved, beneficiaryQuality, reach, missionAlignment);
        }
    }

    @Schema(
            name = "ComplexityCriteria",
            description =
                    "Complexity sub-criteria, each 1 (easy) to 5 (hard); the complexity score is their mean rounded half up.")
    record Complexity(
            @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5", examples = "2")
            Integer dataSensitivity,

            @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5", examples = "1")
            Integer integrationEffort,

            @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5", examples = "1")
            Integer skillsNeeded,

            @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5", examples = "1")
            Integer cost,

            @NotNull @Min(1) @Max(5) @Schema(minimum = "1", maximum = "5", examples = "2")
            Integer changeManagement) {

        static Complexity from(ComplexityCriteria criteria) {
            return criteria == null
                    ? null
                    : new Complexity(
                            criteria.dataSensitivity(),
                            criteria.integrationEffort(),
                            criteria.skillsNeeded(),
                            criteria.cost(),
                            criteria.changeManagement());
        }

        ComplexityCriteria toDomain() {
            return new ComplexityCriteria(dataSensitivity, integrationEffort, skillsNeeded, cost, changeManagement);
        }
    }

    @Schema(name = "UseCaseDetails", description = "The editable part of a use case (PATCH with a JSON merge patch).")
    record Details(
            @NotBlank @Size(max = 200) @Schema(examples = "Résumer les réunions")
            String title,

            @Size(max = 2000) @Schema(nullable = true) String description,

            @Size(max = UseCaseDetails.TEAM_LENGTH) @Schema(nullable = true, examples = "Coordination")
            String team,

            @Size(max = UseCaseDetails.MAX_TOOLS) @Schema(description = "Ids of tools of the same organisation")
            Set<@NotNull UUID> toolIds,

            @Size(max = 5) @Schema(examples = "[\"INTERNAL\"]")
            Set<@NotNull DataCategory> dataCategories,

            @NotNull @Schema(examples = "INTERNAL_ONLY") PeopleAffected peopleAffected,
            @Size(max = 2000) @Schema(nullable = true) String expectedBenefit,

            @NotNull @Schema(description = "Member of the same organisation who owns the use case")
            UUID ownerId,

            @Size(max = 2000)
            @Schema(nullable = true, description = "Who reviews the output before it leaves the association")
            String humanOversight,

            @Valid @Schema(nullable = true) Impact impact,
            @Valid @Schema(nullable = true) Complexity complexity) {

        static Details from(UseCaseDetails details) {
            return new Details(
                    details.title(),
                    details.description(),
                    details.team(),
                    details.toolIds().stream()
                            .map(ToolId::value)
                            .collect(Collectors.toCollection(java.util.LinkedHashSet::new)),
                    details.dataCategories(),
                    details.peopleAffected(),
                    details.expectedBenefit(),
                    details.owner().value(),
                    details.humanOversight(),
                    Impact.from(details.impact()),
                    Complexity.from(details.complexity()));
        }

        UseCaseDetails toDomain() {
            return new UseCaseDetails(
                    title,
                    description,
                    team,
                    asToolIds(toolIds),
                    dataCategories,
                    peopleAffected,
                    expectedBenefit,
                    new MemberId(ownerId),
                    humanOversight,
                    impact == null ? null : impact.toDomain(),
                    complexity == null ? null : complexity.toDomain());
        }
    }

    @Schema(
            name = "NewUseCase",
            description = "A use case to create. With fromCatalogue, the fields left out take the catalogue entry's "
                    + "values in the organisation's locale; without ownerId, the creator owns it.")
    record Creation(
            @Size(max = CATALOGUE_ID_LENGTH) @Schema(nullable = true, examples = "meeting-summaries")
            String fromCatalogue,

            @Size(max = 200) @Schema(nullable = true, description = "Required without fromCatalogue")
            String title,

            @Size(max = 2000) @Schema(nullable = true) String description,

            @Size(max = UseCaseDetails.TEAM_LENGTH) @Schema(nullable = true)
            String team,

            @Size(max = UseCaseDetails.MAX_TOOLS) Set<@NotNull UUID> toolIds,
            @Size(max = 5) Set<@NotNull DataCategory> dataCategories,

            @Schema(nullable = true, maxLength = 20, description = "Required without fromCatalogue")
            PeopleAffected peopleAffected,

            @Size(max = 2000) @Schema(nullable = true) String expectedBenefit,
            @Schema(nullable = true) UUID ownerId,
            @Size(max = 2000) @Schema(nullable = true) String humanOversight,
            @Valid @Schema(nullable = true) Impact impact,
            @Valid @Schema(nullable = true) Complexity complexity) {

        NewUseCase toDomain() {
            return new NewUseCase(
                    Optional.ofNullable(fromCatalogue),
                    title,
                    description,
                    team,
                    toolIds == null ? null : asToolIds(toolIds),
                    dataCategories,
                    peopleAffected,
                    expectedBenefit,
                    ownerId == null ? null : new MemberId(ownerId),
                    humanOversight,
                    impact == null ? null : impact.toDomain(),
                    complexity == null ? null : complexity.toDomain());
        }
    }

    @Schema(
            name = "Reason",
            description = "Why the classification or screening came out so: a code, its legal reference, and words.")
    record ReasonView(
            @Schema(maxLength = 60, examples = "prohibited.P_C")
            String code,

            @Schema(
                    maxLength = 100,
                    examples = "AI Act art. 5(1)(c)",
                    description = "Stable, language-neutral reference")
            String reference,

            @Schema(
                    maxLength = 200,
                    examples = "Règlement (UE) 2024/1689, art. 5, § 1, point c)",
                    description = "The legal reference as cited in the Accept-Language")
            String citation,

            @Schema(maxLength = 2000) String text) {

        static List<ReasonView> of(List<Reason> reasons, String family, Locale locale) {
            Language language = Messages.language(locale);
            return reasons.stream()
                    .map(reason -> new ReasonView(
                            reason.code(),
                            reason.reference(),
                            reason.citation().in(language),
                            ReferenceTexts.reason(locale, family, reason)))
                    .toList();
        }
    }

    @Schema(
            name = "AiActDuty",
            description =
                    "An obligation of the association in one of its roles, with its article and the date it applies from "
                            + "(art. 113 of Regulation (EU) 2024/1689 as amended by Regulation (EU) 2026/1744).")
    record DutyView(
            @Schema(maxLength = 60, examples = "deployer.high-risk")
            String code,

            OperatorRole role,

            @Schema(maxLength = 100, examples = "AI Act art. 26")
            String reference,

            @Schema(maxLength = 200, examples = "Règlement (UE) 2024/1689, art. 26")
            String citation,

            @Schema(maxLength = 2000) String text,
            LocalDate appliesFrom) {

        static List<DutyView> of(List<Duty> duties, Locale locale) {
            Language language = Messages.language(locale);
            return duties.stream()
                    .map(duty -> new DutyView(
                            duty.code(),
                            duty.role(),
                            duty.citation().reference(),
                            duty.citation().in(language),
                            ReferenceTexts.duty(locale, duty),
                            duty.appliesFrom()))
                    .toList();
        }
    }

    @Schema(
            name = "AiActQuestionnaire",
            description =
                    "The AI Act questionnaire of a use case, replaced as a whole. Version 2 (current): answers, by question "
                            + "code of GET /api/v1/reference/ai-act-questionnaire (true/false, or an option code). Version 1 (kept for "
                            + "existing clients): the sets prohibitedPractices … operatorRole, without answers; read as version-2 answers "
                            + "whose legal conditions are met. One or the other, not both.")
    record AiActQuestionnaireBody(
            @Size(max = 10)
            @Schema(
                    nullable = true,
                    examples = "2",
                    description = "Version of the questionnaire answered; 2 when answers are given")
            String questionnaireVersion,

            @Size(max = 100)
            @Schema(
                    nullable = true,
                    description = "Version 2: question code → true, false or an option code",
                    examples = "{\"AI_SYSTEM\": true, \"ROLE\": \"DEPLOYER\", \"T2_GENERATES_CONTENT\": true, "
                            + "\"T2_ASSISTIVE_EDITING\": false}")
            Map<String, Object> answers,

            @Size(max = 8)
            @Schema(description = "Version 1: art. 5(1) practices the use involves (P_A = point (a) … P_H = point (h))")
            Set<@NotNull ProhibitedPractice> prohibitedPractices,

            @Size(max = 12)
            @Schema(
                    description =
                            "Version 1: Annex III areas the use falls in (A5 and A8 by sub-point), conditions taken as met")
            Set<@NotNull AnnexIIIArea> annexIiiAreas,

            @Size(max = 4) @Schema(description = "Version 1: art. 6(3) exceptions claimed for an Annex III use")
            Set<@NotNull Article63Exception> article63Exceptions,

            @Schema(
                    nullable = true,
                    description = "Version 1 (required there): whether the system profiles natural persons")
            Boolean profilesNaturalPersons,

            @Size(max = 3) @Schema(description = "Version 1: art. 50 duties the use triggers")
            Set<@NotNull TransparencyDuty> transparencyDuties,

            @Schema(
                    description =
                            "Version 1: generated text is reviewed by a person under editorial responsibility (art. 50(4))",
                    defaultValue = "false")
            Boolean humanEditorialReview,

            @Schema(nullable = true, examples = "DEPLOYER", description = "Version 1 (required there)")
            OperatorRole operatorRole) {

        AiActAnswers toDomain() {
            if (answers != null) {
                if (questionnaireVersion != null
                        && !questionnaireVersion.equals(org.gouvernail.domain.usecase.AiActQuestionnaire.VERSION)) {
                    throw new InvalidInput(
                            "questionnaireVersion",
                            "enum",
                            "questionnaireVersion with answers is "
                                    + org.gouvernail.domain.usecase.AiActQuestionnaire.VERSION,
                            org.gouvernail.domain.usecase.AiActQuestionnaire.VERSION);
                }
                // humanEditorialReview: false is its documented default, which generated clients send (a
                // property with a default is required in their types): only true is a version-1 answer
                String version1Field = prohibitedPractices != null
                        ? "prohibitedPractices"
                        : annexIiiAreas != null
                                ? "annexIiiAreas"
                                : article63Exceptions != null
                                        ? "article63Exceptions"
                                        : profilesNaturalPersons != null
                                                ? "profilesNaturalPersons"
                                                : transparencyDuties != null
                                                        ? "transparencyDuties"
                                                        : Boolean.TRUE.equals(humanEditorialReview)
                                                                ? "humanEditorialReview"
                                                                : operatorRole != null ? "operatorRole" : null;
                if (version1Field != null) {
                    throw new InvalidInput(
                            version1Field, "questionnaire-versions-mixed", version1Field + " belongs to version 1");
                }
                return AiActAnswers.of(answers);
            }
            if (operatorRole == null) {
                throw new InvalidInput("operatorRole", "required", "operatorRole is required", "operatorRole");
            }
            if (profilesNaturalPersons == null) {
                throw new InvalidInput(
                        "profilesNaturalPersons",
                        "required",
                        "profilesNaturalPersons is required",
                        "profilesNaturalPersons");
            }
            return AiActAnswers.fromVersion1(
                    prohibitedPractices,
                    annexIiiAreas,
                    article63Exceptions,
                    profilesNaturalPersons,
                    transparencyDuties,
                    Boolean.TRUE.equals(humanEditorialReview),
                    operatorRole);
        }
    }

    @Schema(
            name = "AiActProfile",
            description = "The questionnaire with the tier it gives, the reasons with their article references, the "
                    + "association's roles once art. 25 is applied and its duties with their dates. The version-1 fields "
                    + "(prohibitedPractices … operatorRole) summarise the answers for clients of version 1.")
    record AiActProfileView(
            @Schema(
                    maxLength = 10,
                    examples = "2",
                    description = "1: answered with the first questionnaire, conditions taken as met")
            String questionnaireVersion,

            @Schema(description = "Question code → true, false or an option code")
            Map<String, Object> answers,

            @Schema(maxItems = 10) Set<ProhibitedPractice> prohibitedPractices,
            @Schema(maxItems = 12) Set<AnnexIIIArea> annexIiiAreas,
            @Schema(maxItems = 4) Set<Article63Exception> article63Exceptions,
            boolean profilesNaturalPersons,
            @Schema(maxItems = 3) Set<TransparencyDuty> transparencyDuties,
            boolean humanEditorialReview,

            @Schema(description = "The role the association named")
            OperatorRole operatorRole,

            RiskTier tier,

            @Schema(
                    maxItems = 4,
                    description = "Its roles once art. 3(3) and art. 25 are applied (never the combined value)")
            Set<OperatorRole> roles,

            @Schema(maxItems = 60) List<ReasonView> reasons,
            @Schema(maxItems = 40) List<DutyView> duties) {

        static AiActProfileView from(AiActAnswers answers, Locale locale) {
            if (answers == null) {
                return null;
            }
            AiActClassification classification = answers.classify();
            Map<String, Object> values = new LinkedHashMap<>();
            answers.values()
                    .forEach((code, value) -> values.put(
                            code, value.equals("true") || value.equals("false") ? Boolean.valueOf(value) : value));
            return new AiActProfileView(
                    answers.version(),
                    values,
                    answers.prohibitedPractices(),
                    answers.annexIiiAreas(),
                    answers.article63Exceptions(),
                    answers.profilesNaturalPersons(),
                    answers.transparencyDuties(),
                    answers.humanEditorialReview(),
                    answers.operatorRole(),
                    classification.tier(),
                    classification.roles(),
                    ReasonView.of(classification.reasons(), "ai-act", locale),
                    DutyView.of(classification.duties(), locale));
        }
    }

    @Schema(
            name = "DpiaQuestionnaire",
            description = "The DPIA screening questionnaire of a use case, replaced as a whole (version 2 of "
                    + "GET /api/v1/reference/dpia-questionnaire).")
    record DpiaQuestionnaire(
            @Size(max = 3) @Schema(description = "GDPR art. 35(3) cases that apply (R_A = point (a) … R_C = point (c))")
            Set<@NotNull Article35Case> requiredCases,

            @Size(max = 9) @Schema(description = "EDPB WP248 criteria that apply (C1 … C9)")
            Set<@NotNull DpiaCriterion> criteria,

            @Size(max = 20)
            @Schema(
                    description =
                            "Items of the art. 35(4) list of the organisation's supervisory authority that apply: "
                                    + "BE_1 … BE_6 (APD/GBA decision 01/2019) when the organisation's country is BE, FR_1 … FR_14 "
                                    + "(CNIL deliberation 2018-327) when it is FR; an item of another country's list is refused (400)")
            Set<@NotNull DpiaListItem> listItems,

            @Schema(
                    nullable = true,
                    description = "Whether a DPO is designated (GDPR art. 37); unanswered, the screening asks it")
            DpoStatus dpo) {

        DpiaAnswers toDomain() {
            return new DpiaAnswers(requiredCases, criteria, listItems, dpo, null);
        }
    }

    @Schema(name = "DpiaScreening", description = "The screening answers with the outcome, the reasons and who signs.")
    record DpiaScreeningView(
            @Schema(maxItems = 3) Set<Article35Case> requiredCases,
            @Schema(maxItems = 9) Set<DpiaCriterion> criteria,
            @Schema(maxItems = 20) Set<DpiaListItem> listItems,
            @Schema(nullable = true) DpoStatus dpo,

            @Schema(
                    nullable = true,
                    maxLength = 2,
                    examples = "BE",
                    description =
                            "The organisation's country when the screening was answered: it picks the authority's list "
                                    + "(null for screenings answered before version 2)")
            String country,

            DpiaOutcome outcome,
            @Schema(maxItems = 40) List<ReasonView> reasons,

            @Schema(
                    maxItems = 5,
                    description = "Who carries out and signs the DPIA, and the DPO's part (GDPR art. 35(1), 35(2), 37)")
            List<ReasonView> signature) {

        static DpiaScreeningView from(DpiaAnswers answers, Locale locale) {
            if (answers == null) {
                return null;
            }
            DpiaScreening screening = answers.screen();
            return new DpiaScreeningView(
                    answers.requiredCases(),
                    answers.criteria(),
                    answers.listItems(),
                    answers.dpo(),
                    answers.country(),
                    screening.outcome(),
                    ReasonView.of(screening.reasons(), "dpia", locale),
                    ReasonView.of(screening.signature(), "dpia", locale));
        }
    }

    @Schema(name = "ScoredImpact")
    record ImpactView(
            @Schema(minimum = "1", maximum = "5") int timeSaved,
            @Schema(minimum = "1", maximum = "5") int beneficiaryQuality,
            @Schema(minimum = "1", maximum = "5") int reach,
            @Schema(minimum = "1", maximum = "5") int missionAlignment,

            @Schema(minimum = "1", maximum = "5", description = "Mean of the four, rounded half up")
            int score) {

        static ImpactView from(ImpactCriteria c) {
            return c == null
                    ? null
                    : new ImpactView(c.timeSaved(), c.beneficiaryQuality(), c.reach(), c.missionAlignment(), c.score());
        }
    }

    @Schema(name = "ScoredComplexity")
    record ComplexityView(
            @Schema(minimum = "1", maximum = "5") int dataSensitivity,
            @Schema(minimum = "1", maximum = "5") int integrationEffort,
            @Schema(minimum = "1", maximum = "5") int skillsNeeded,
            @Schema(minimum = "1", maximum = "5") int cost,
            @Schema(minimum = "1", maximum = "5") int changeManagement,

            @Schema(minimum = "1", maximum = "5", description = "Mean of the five, rounded half up")
            int score) {

        static ComplexityView from(ComplexityCriteria c) {
            return c == null
                    ? null
                    : new ComplexityView(
                            c.dataSensitivity(),
                            c.integrationEffort(),
                            c.skillsNeeded(),
                            c.cost(),
                            c.changeManagement(),
                            c.score());
        }
    }

    @Schema(name = "UseCase")
    record View(
            UUID id,
            @Schema(maxLength = 200) String title,
            @Schema(maxLength = 2000, nullable = true) String description,
            @Schema(maxLength = 100, nullable = true) String team,
            @Schema(maxItems = 20) Set<UUID> toolIds,
            @Schema(maxItems = 5) Set<DataCategory> dataCategories,
            PeopleAffected peopleAffected,
            @Schema(maxLength = 2000, nullable = true) String expectedBenefit,
            UUID ownerId,
            @Schema(maxLength = 2000, nullable = true) String humanOversight,
            @Schema(nullable = true) ImpactView impact,
            @Schema(nullable = true) ComplexityView complexity,

            @Schema(nullable = true, maxLength = 20, description = "Once impact and complexity are both scored")
            Quadrant quadrant,

            UseCaseStatus status,

            @Schema(nullable = true, maxLength = 20, description = "Once the AI Act questionnaire is answered")
            RiskTier aiActTier,

            @Schema(nullable = true) AiActProfileView aiActProfile,
            @Schema(nullable = true) DpiaScreeningView dpiaScreening,

            @Schema(
                    maxLength = CATALOGUE_ID_LENGTH,
                    nullable = true,
                    description = "The catalogue entry it started from")
            String fromCatalogue,

            @Schema(description = "Member who proposed the use case")
            UUID createdBy,

            Instant createdAt,

            @Schema(description = "Same value as the ETag header.", minimum = "0", maximum = "9223372036854775807")
            long version) {

        static View from(UseCase useCase, Locale locale) {
            UseCaseDetails details = useCase.details();
            return new View(
                    useCase.id().value(),
                    details.title(),
                    details.description(),
                    details.team(),
                    details.toolIds().stream()
                            .map(ToolId::value)
                            .collect(Collectors.toCollection(java.util.LinkedHashSet::new)),
                    details.dataCategories(),
                    details.peopleAffected(),
                    details.expectedBenefit(),
                    details.owner().value(),
                    details.humanOversight(),
                    ImpactView.from(details.impact()),
                    ComplexityView.from(details.complexity()),
                    details.quadrant().orElse(null),
                    useCase.status(),
                    useCase.tier().orElse(null),
                    AiActProfileView.from(useCase.aiActAnswers(), locale),
                    DpiaScreeningView.from(useCase.dpiaAnswers(), locale),
                    useCase.catalogueEntry(),
                    useCase.createdBy().value(),
                    useCase.createdAt(),
                    useCase.version());
        }
    }

    @Schema(name = "MatrixItem")
    record MatrixItem(
            UUID id,
            @Schema(maxLength = 200) String title,
            UseCaseStatus status,

            @Schema(nullable = true, minimum = "1", maximum = "5")
            Integer impact,

            @Schema(nullable = true, minimum = "1", maximum = "5")
            Integer complexity,

            @Schema(nullable = true, maxLength = 20) RiskTier aiActTier) {

        static MatrixItem from(UseCase useCase) {
            return new MatrixItem(
                    useCase.id().value(),
                    useCase.details().title(),
                    useCase.status(),
                    useCase.details().impactScore().orElse(null),
                    useCase.details().complexityScore().orElse(null),
                    useCase.tier().orElse(null));
        }
    }

    @Schema(name = "MatrixQuadrant")
    record QuadrantView(
            Quadrant quadrant, @Schema(maxItems = 1000) List<MatrixItem> useCases) {}

    @Schema(
            name = "Matrix",
            description =
                    "The four quadrants, always in the order QUICK_WIN, MAJOR_PROJECT, FILL_IN, AVOID, "
                            + "with the use cases neither rejected nor retired, oldest first; those not scored yet are listed apart.")
    record MatrixView(
            @Schema(maxItems = 4) List<QuadrantView> quadrants,
            @Schema(maxItems = 1000) List<MatrixItem> unscored,

            @Schema(description = "More than 1000 use cases: only the oldest 1000 are shown")
            boolean truncated) {

        static MatrixView from(Matrix matrix) {
            Map<Quadrant, List<UseCase>> quadrants = new EnumMap<>(matrix.quadrants());
            return new MatrixView(
                    quadrants.entrySet().stream()
                            .map(e -> new QuadrantView(
                                    e.getKey(),
                                    e.getValue().stream().map(MatrixItem::from).toList()))
                            .toList(),
                    matrix.unscored().stream().map(MatrixItem::from).toList(),
                    matrix.truncated());
        }
    }

    @Schema(name = "CatalogueEntry")
    record CatalogueView(
            @Schema(maxLength = CATALOGUE_ID_LENGTH, examples = "meeting-summaries")
            String id,

            @Schema(maxLength = 200) String title,
            @Schema(maxLength = 2000) String description,
            @Schema(maxLength = 2000) String expectedBenefit,
            @Schema(maxLength = 2000) String humanOversight,

            @Schema(description = "A trap: attractive, but to avoid or to do otherwise")
            boolean trap,

            @Schema(maxLength = 2000, nullable = true, description = "Why it is a trap")
            String warning,

            @Schema(maxItems = 5) Set<DataCategory> dataCategories,
            PeopleAffected peopleAffected,

            @Schema(description = "Suggested impact sub-criteria")
            ImpactView impact,

            @Schema(description = "Suggested complexity sub-criteria")
            ComplexityView complexity,

            Quadrant quadrant) {

        static CatalogueView from(CatalogueEntry entry, Locale locale) {
            return new CatalogueView(
                    entry.id(),
                    Messages.in(entry.title(), locale),
                    Messages.in(entry.description(), locale),
                    Messages.in(entry.expectedBenefit(), locale),
                    Messages.in(entry.humanOversight(), locale),
                    entry.trap(),
                    Messages.in(entry.warning(), locale),
                    entry.dataCategories(),
                    entry.peopleAffected(),
                    ImpactView.from(entry.impact()),
                    ComplexityView.from(entry.complexity()),
                    entry.quadrant());
        }
    }

    private static Set<ToolId> asToolIds(Set<UUID> ids) {
        return ids == null
                ? null
                : ids.stream().map(ToolId::new).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
