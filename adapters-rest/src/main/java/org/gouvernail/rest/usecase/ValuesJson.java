package org.gouvernail.rest.usecase;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.usecase.Coefficient;
import org.gouvernail.domain.usecase.Concern;
import org.gouvernail.domain.usecase.ConcernLevel;
import org.gouvernail.domain.usecase.FollowUp;
import org.gouvernail.domain.usecase.Footprint;
import org.gouvernail.domain.usecase.FootprintInputs;
import org.gouvernail.domain.usecase.FootprintModel;
import org.gouvernail.domain.usecase.FootprintRange;
import org.gouvernail.domain.usecase.GridRegion;
import org.gouvernail.domain.usecase.OrganisationFootprint;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.domain.usecase.ValuesAssessment;
import org.gouvernail.domain.usecase.ValuesCheck;
import org.gouvernail.domain.usecase.ValuesQuestion;
import org.gouvernail.domain.usecase.ValuesQuestionnaire;
import org.gouvernail.domain.usecase.ValuesTheme;
import org.gouvernail.rest.shared.LocalizedText;

/** JSON shapes of the values check and of the footprint estimate (issue 20). */
final class ValuesJson {

    private ValuesJson() {}

    @Schema(
            name = "ValuesCheckAnswers",
            description = "The values check of a use case: answers replaced as a whole, responses by concern code.")
    record Body(
            @NotNull
            @Size(max = 30)
            @Schema(
                    description =
                            "Question code of GET /api/v1/reference/values-check → true/false, an option code or a text (≤ 2000)",
                    examples =
                            "{\"AU_REVIEW\": \"EVERY_OUTPUT\", \"TR_WHO_IS_TOLD\": \"NOBODY\", \"MI_PURPOSE\": \"Answer families faster\"}")
            Map<String, Object> answers,

            @Size(max = 30)
            @Schema(
                    nullable = true,
                    description =
                            "Concern code → the team's response (≤ 2000), null to withdraw one. Omitted: the responses to concerns "
                                    + "the new answers still raise are kept. A concern the answers do not raise → 400.",
                    examples =
                            "{\"transparency.art50-nobody-told\": \"A notice will be shown in the chat from 1 February.\"}")
            Map<String, String> responses) {

        ValuesCheck toDomain() {
            return ValuesCheck.of(answers);
        }
    }

    @Schema(
            name = "FollowUp",
            description =
                    "A suggested follow-up: a catalogue risk, a committee condition, a training topic or a communication action")
    record FollowUpView(
            @Schema(maxLength = 20) FollowUp.FollowUpKind kind,

            @Schema(
                    maxLength = 60,
                    description =
                            "RISK: the starter-catalogue code (GET /api/v1/reference/risk-catalogue); TRAINING: a training-module topic; "
                                    + "CONDITION, COMMUNICATION: a stable code, worded in text")
            String code,

            @Schema(nullable = true, description = "The wording, for CONDITION and COMMUNICATION")
            LocalizedText text) {

        static FollowUpView from(FollowUp followUp) {
            LocalizedText text = switch (followUp.kind()) {
                case CONDITION -> LocalizedText.of(ValuesQuestionnaire.text("condition." + followUp.code()));
                case COMMUNICATION -> LocalizedText.of(ValuesQuestionnaire.text("communication." + followUp.code()));
                case RISK, TRAINING -> null;
            };
            return new FollowUpView(followUp.kind(), followUp.code(), text);
        }
    }

    @Schema(
            name = "ValuesConcern",
            description = "A concern the values check raises from the answers, by an explicit rule")
    record ConcernView(
            @Schema(maxLength = 60, examples = "transparency.art50-nobody-told")
            String code,

            ValuesTheme theme,
            ConcernLevel level,
            LocalizedText text,
            @Schema(maxItems = 5) List<String> questions,
            @Schema(maxItems = 5) List<FollowUpView> followUps,
            @Schema(nullable = true, maxLength = 2000) String response,

            @Schema(description = "SERIOUS without response: the committee approves only with acknowledgesValuesCheck")
            boolean blocking) {

        static ConcernView from(Concern concern) {
            return new ConcernView(
                    concern.code(),
                    concern.theme(),
                    concern.level(),
                    LocalizedText.of(ValuesQuestionnaire.text("concern." + concern.code())),
                    concern.questions(),
                    concern.followUps().stream().map(FollowUpView::from).toList(),
                    concern.response(),
                    concern.blocking());
        }
    }

    @Schema(name = "ThemeLevel")
    record ThemeView(ValuesTheme theme, LocalizedText name, ConcernLevel level) {}

    @Schema(name = "ValuesCheck", description = "The values check of a use case with the concerns its answers raise")
    record View(
            UUID useCaseId,

            @Schema(nullable = true, maxLength = 10, description = "Null while the check was never answered")
            String questionnaireVersion,

            @Schema(
                    description =
                            "False while never answered: the concerns then show what an empty check raises, and do not hold an approval")
            boolean answered,

            @Schema(maxItems = 30) Map<String, String> answers,
            @Schema(maxItems = 30) Map<String, String> responses,
            ConcernLevel level,
            @Schema(maxItems = 6) List<ThemeView> themes,
            @Schema(maxItems = 40) List<ConcernView> concerns,

            @Schema(
                    description =
                            "A SERIOUS concern without response: approval needs a decision with acknowledgesValuesCheck")
            boolean approvalNeedsAcknowledgement,

            @Schema(description = "The AI Act profile names an art. 50 transparency case")
            boolean article50Duties,

            @Schema(description = "The AI Act profile makes the association carry out a FRIA (art. 27)")
            boolean friaRequired) {

        static View from(UseCase useCase) {
            ValuesAssessment assessment = useCase.valuesAssessment();
            ValuesCheck check = useCase.valuesCheck();
            return new View(
                    useCase.id().value(),
                    check == null ? null : check.version(),
                    check != null,
                    check == null ? Map.of() : check.answers(),
                    check == null ? Map.of() : check.responses(),
                    assessment.level(),
                    assessment.themes().entrySet().stream()
                            .map(entry -> new ThemeView(
                                    entry.getKey(),
                                    LocalizedText.of(ValuesQuestionnaire.text("theme." + entry.getKey())),
                                    entry.getValue()))
                            .toList(),
                    assessment.concerns().stream().map(ConcernView::from).toList(),
                    check != null && assessment.blocking(),
                    ValuesAssessment.owesArticle50(useCase.aiActClassification()),
                    ValuesAssessment.friaApplies(useCase.aiActClassification()));
        }
    }

    @Schema(name = "ValuesQuestion")
    record QuestionView(
            @Schema(maxLength = 40, examples = "TR_WHO_IS_TOLD")
            String code,

            ValuesTheme theme,

            @Schema(description = "YES_NO: true or false; ONE_OF: an option code; TEXT: up to 2000 characters")
            ValuesQuestion.AnswerKind type,

            @Schema(maxItems = 10) List<QuestionnaireResource.OptionView> options,
            LocalizedText text,
            LocalizedText whyItMatters,
            LocalizedText goodAnswer) {

        static QuestionView from(ValuesQuestion question) {
            return new QuestionView(
                    question.code(),
                    question.theme(),
                    question.type(),
                    question.options().stream()
                            .map(option -> new QuestionnaireResource.OptionView(
                                    option.code(), LocalizedText.of(option.label())))
                            .toList(),
                    LocalizedText.of(question.text()),
                    LocalizedText.of(question.whyItMatters()),
                    LocalizedText.of(question.goodAnswer()));
        }
    }

    @Schema(name = "ValuesQuestionnaire", description = "The values check as data: a short fixed list, not paginated")
    record QuestionnaireView(
            @Schema(maxLength = 20, examples = "values-check")
            String id,

            @Schema(maxLength = 10, examples = "1") String version,
            @Schema(maxItems = 6) List<ThemeView> themes,
            @Schema(maxItems = 40) List<QuestionView> questions) {

        static QuestionnaireView current() {
            return new QuestionnaireView(
                    ValuesQuestionnaire.ID,
                    ValuesQuestionnaire.VERSION,
                    java.util.Arrays.stream(ValuesTheme.values())
                            .map(theme -> new ThemeView(
                                    theme,
                                    LocalizedText.of(ValuesQuestionnaire.text("theme." + theme)),
                                    ConcernLevel.NONE))
                            .toList(),
                    ValuesQuestionnaire.questions().stream()
                            .map(QuestionView::from)
                            .toList());
        }
    }

    @Schema(name = "FootprintInputs", description = "The declared usage of a generative use")
    record FootprintBody(
            @NotNull
            @Min(1)
            @Max(FootprintInputs.MAX_REQUESTS)
            @Schema(minimum = "1", maximum = "10000000", examples = "1000")
            Integer requestsPerMonth,

            @NotNull
            @Min(1)
            @Max(FootprintInputs.MAX_INPUT_LENGTH)
            @Schema(minimum = "1", maximum = "1000000", description = "Typical input of one request", examples = "300")
            Integer inputLength,

            @NotNull
            @Min(1)
            @Max(FootprintInputs.MAX_OUTPUT_LENGTH)
            @Schema(minimum = "1", maximum = "100000", description = "Typical output of one request", examples = "400")
            Integer outputLength,

            @Schema(nullable = true, description = "TOKENS (default) or WORDS (× 4/3 tokens per word)")
            FootprintInputs.LengthUnit lengthUnit,

            @NotNull @Schema(description = "A size class (SMALL, MEDIUM, LARGE) or a named open-weight model")
            FootprintModel model,

            @Schema(nullable = true, description = "Where the model runs; UNKNOWN (default) takes the world average")
            GridRegion region,

            @Min(0)
            @Max(FootprintInputs.MAX_HOURS)
            @Schema(
                    nullable = true,
                    minimum = "0",
                    maximum = "10000",
                    description = "The non-AI alternative: hours of work per month by hand")
            Integer alternativeHoursPerMonth,

            @Size(max = 2000)
            @Schema(nullable = true, maxLength = 2000, description = "The non-AI alternative, described")
            String alternativeDescription) {

        FootprintInputs toDomain() {
            return new FootprintInputs(
                    requestsPerMonth,
                    inputLength,
                    outputLength,
                    lengthUnit,
                    model,
                    region,
                    alternativeHoursPerMonth,
                    alternativeDescription);
        }

        static FootprintBody from(FootprintInputs inputs) {
            return new FootprintBody(
                    inputs.requestsPerMonth(),
                    inputs.inputLength(),
                    inputs.outputLength(),
                    inputs.lengthUnit(),
                    inputs.model(),
                    inputs.region(),
                    inputs.alternativeHoursPerMonth(),
                    inputs.alternativeDescription());
        }
    }

    @Schema(name = "FootprintRange", description = "An estimate as a range, rounded to three significant digits")
    record RangeView(
            @Schema(minimum = "0") double low,
            @Schema(minimum = "0") double high) {

        static RangeView from(FootprintRange range) {
            if (range == null) {
                return null;
            }
            FootprintRange rounded = range.rounded();
            return new RangeView(rounded.low(), rounded.high());
        }
    }

    @Schema(name = "FootprintWarning")
    record WarningView(@Schema(maxLength = 60) String code, LocalizedText text) {}

    @Schema(
            name = "FootprintEstimate",
            description = "Monthly footprint, as ranges (EcoLogits methodology v1.0, usage only)")
    record EstimateView(
            RangeView energyKwhPerMonth,
            RangeView co2eKgPerMonth,

            @Schema(nullable = true, description = "Null: no source in the reference table gives water")
            RangeView waterLitresPerMonth,

            RangeView carKmPerMonth,
            RangeView kettleBoilsPerMonth,
            @Schema(nullable = true) RangeView alternativeEnergyKwhPerMonth,
            @Schema(nullable = true) RangeView alternativeCo2eKgPerMonth,
            @Schema(maxItems = 10) List<WarningView> warnings) {

        static EstimateView from(Footprint footprint) {
            return new EstimateView(
                    RangeView.from(footprint.energyKwhPerMonth()),
                    RangeView.from(footprint.co2eKgPerMonth()),
                    RangeView.from(footprint.waterLitresPerMonth()),
                    RangeView.from(footprint.carKmPerMonth()),
                    RangeView.from(footprint.kettleBoilsPerMonth()),
                    RangeView.from(footprint.alternativeEnergyKwhPerMonth()),
                    RangeView.from(footprint.alternativeCo2eKgPerMonth()),
                    footprint.warnings().stream()
                            .map(code -> new WarningView(
                                    code, LocalizedText.of(ValuesQuestionnaire.text("footprint.warning." + code))))
                            .toList());
        }
    }

    @Schema(
            name = "UseCaseFootprint",
            description = "A use case's declared usage and its estimated footprint; both null while not declared")
    record FootprintView(
            UUID useCaseId,
            @Schema(nullable = true) FootprintBody inputs,
            @Schema(nullable = true) EstimateView estimate) {

        static FootprintView from(UseCase useCase) {
            return new FootprintView(
                    useCase.id().value(),
                    useCase.footprintInputs() == null ? null : FootprintBody.from(useCase.footprintInputs()),
                    useCase.footprint().map(EstimateView::from).orElse(null));
        }
    }

    @Schema(name = "UseCaseFootprintShare")
    record ShareView(
            UUID useCaseId,
            @Schema(maxLength = 200) String title,
            UseCaseStatus status,
            RangeView energyKwhPerMonth,
            RangeView co2eKgPerMonth) {}

    @Schema(
            name = "OrganisationFootprint",
            description = "The monthly footprint of the portfolio's generative uses, summed bound by bound")
    record OrganisationView(
            RangeView energyKwhPerMonth,
            RangeView co2eKgPerMonth,
            RangeView carKmPerMonth,
            RangeView kettleBoilsPerMonth,

            @Schema(
                    minimum = "0",
                    maximum = "1000",
                    description = "Use cases of the portfolio without declared usage (not in the sum)")
            int withoutDeclaredUsage,

            @Schema(description = "More than 1000 use cases: the sum covers the oldest 1000")
            boolean truncated,

            @Schema(maxItems = 1000) List<ShareView> useCases) {

        static OrganisationView from(OrganisationFootprint footprint) {
            return new OrganisationView(
                    RangeView.from(footprint.energyKwhPerMonth()),
                    RangeView.from(footprint.co2eKgPerMonth()),
                    RangeView.from(footprint.carKmPerMonth()),
                    RangeView.from(footprint.kettleBoilsPerMonth()),
                    footprint.withoutDeclaredUsage(),
                    footprint.truncated(),
                    footprint.useCases().stream()
                            .map(item -> new ShareView(
                                    item.id().value(),
                                    item.title(),
                                    item.status(),
                                    RangeView.from(item.footprint().energyKwhPerMonth()),
                                    RangeView.from(item.footprint().co2eKgPerMonth())))
                            .toList());
        }
    }

    @Schema(name = "FootprintCoefficient")
    record CoefficientView(
            @Schema(maxLength = 40) String code,
            double low,
            double high,
            @Schema(maxLength = 40) String unit,
            @Schema(maxLength = 400) String source,
            @Schema(maxLength = 20) String asOf,

            @Schema(
                    description =
                            "True: the value was read in the source when the table was written; false: cited or assumed, to re-check")
            boolean verified) {

        static CoefficientView from(Coefficient coefficient) {
            return new CoefficientView(
                    coefficient.code(),
                    coefficient.low(),
                    coefficient.high(),
                    coefficient.unit(),
                    coefficient.source(),
                    coefficient.asOf(),
                    coefficient.verified());
        }
    }

    @Schema(name = "FootprintModelFigure")
    record ModelView(
            FootprintModel code,
            double activeLow,
            double activeHigh,
            double totalLow,
            double totalHigh,
            @Schema(maxLength = 400) String source) {}

    @Schema(name = "FootprintRegionFactor")
    record RegionView(
            GridRegion code,
            @Schema(minimum = "0") double gramsCo2ePerKwh,
            @Schema(maxLength = 400) String source) {}

    @Schema(
            name = "FootprintMethod",
            description = "Every coefficient of the footprint estimate, with its source and date")
    record MethodView(
            @Schema(maxLength = 400) String methodology,
            @Schema(maxItems = 30) List<CoefficientView> coefficients,
            @Schema(maxItems = 20) List<ModelView> models,
            @Schema(maxItems = 20) List<RegionView> regions) {

        static MethodView current() {
            return new MethodView(
                    "EcoLogits methodology v1.0 (GenAI Impact), usage impacts only: https://ecologits.ai/latest/methodology/llm_inference/",
                    org.gouvernail.domain.usecase.FootprintCoefficients.ALL.stream()
                            .map(CoefficientView::from)
                            .toList(),
                    java.util.Arrays.stream(FootprintModel.values())
                            .map(model -> new ModelView(
                                    model,
                                    model.activeLow(),
                                    model.activeHigh(),
                                    model.totalLow(),
                                    model.totalHigh(),
                                    model.source()))
                            .toList(),
                    java.util.Arrays.stream(GridRegion.values())
                            .map(region -> new RegionView(region, region.gramsCo2ePerKwh(), GridRegion.SOURCE))
                            .toList());
        }
    }
}
