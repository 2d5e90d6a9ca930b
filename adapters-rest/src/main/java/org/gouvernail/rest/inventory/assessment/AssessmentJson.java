package org.gouvernail.rest.inventory.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.assessment.AssessmentContext;
import org.gouvernail.domain.inventory.assessment.AssessmentInput;
import org.gouvernail.domain.inventory.assessment.AssessmentLevel;
import org.gouvernail.domain.inventory.assessment.AssessmentResult;
import org.gouvernail.domain.inventory.assessment.AssessmentStatus;
import org.gouvernail.domain.inventory.assessment.BlockingCondition;
import org.gouvernail.domain.inventory.assessment.ChecklistAnswer;
import org.gouvernail.domain.inventory.assessment.ChecklistItem;
import org.gouvernail.domain.inventory.assessment.ItemAnswer;
import org.gouvernail.domain.inventory.assessment.ToolSnapshot;
import org.gouvernail.domain.inventory.assessment.VendorAssessment;
import org.gouvernail.domain.shared.DataCategory;

/** JSON shapes of the vendor assessment resources. */
final class AssessmentJson {

    static final String URL_PATTERN = "^[hH][tT][tT][pP][sS]?://\\S+$";

    private AssessmentJson() {}

    @Schema(
            name = "AssessmentContext",
            description = "Facts of context some blocking rules need, stated by the assessor; each false unless "
                    + "said otherwise. personalDataLeavesEu is also implied when the tool touches PERSONAL data or above and is hosted in "
                    + "UNITED_STATES or OTHER_OUTSIDE_EU.")
    record Context(
            @Schema(
                    description =
                            "Health data subject to the French HDS hosting rules go through the tool (V10 blocks if NO)")
            boolean healthData,

            @Schema(description = "Personal data is stored or processed outside the EU (V04 blocks if NO)")
            boolean personalDataLeavesEu,

            @Schema(description = "A connector or plug-in (mail, drive, CRM) touches personal data (V15 blocks if NO)")
            boolean connectorsTouchPersonalData,

            @Schema(description = "A critical process of the association depends on the tool (V16 blocks if NO)")
            boolean criticalProcess,

            @Schema(description = "The tool serves a high-risk use case of the AI Act (V14 blocks if NO)")
            boolean highRiskUseCase) {

        static Context from(AssessmentContext context) {
            return new Context(
                    context.healthData(),
                    context.personalDataLeavesEu(),
                    context.connectorsTouchPersonalData(),
                    context.criticalProcess(),
                    context.highRiskUseCase());
        }

        AssessmentContext toDomain() {
            return new AssessmentContext(
                    healthData, personalDataLeavesEu, connectorsTouchPersonalData, criticalProcess, highRiskUseCase);
        }
    }

    @Schema(name = "ItemAnswer", description = "The answer to one checklist item")
    record ItemAnswerJson(
            @NotNull @Schema(examples = "PARTIAL") ChecklistAnswer answer,

            @Size(max = ItemAnswer.NOTE_LENGTH)
            @Schema(nullable = true, examples = "Opt-out appliqué au compte de l'association le 3 mars")
            String note,

            @Size(max = ItemAnswer.URL_LENGTH)
            @Pattern(regexp = URL_PATTERN)
            @Schema(
                    nullable = true,
                    format = "uri",
                    description = "http or https link to the evidence",
                    examples = "https://mistral.ai/terms")
            String evidenceUrl) {

        static ItemAnswerJson from(ItemAnswer answer) {
            if (answer == null) {
                return null;
            }
            return new ItemAnswerJson(answer.answer(), answer.note(), answer.evidenceUrl());
        }
    }

    @Schema(
            name = "ChecklistAnswers",
            description =
                    "One answer for every item of the assessment's checklist version (GET /api/v1/reference/vendor-checklist): "
                            + "V01–V22 in version 2, the one new assessments take; V01–V17 in version 1, the one of assessments "
                            + "made before it, which keep it.")
    record Answers(
            @JsonProperty("V01") @NotNull @Valid ItemAnswerJson V01,
            @JsonProperty("V02") @NotNull @Valid ItemAnswerJson V02,
            @JsonProperty("V03") @NotNull @Valid ItemAnswerJson V03,
            @JsonProperty("V04") @NotNull @Valid ItemAnswerJson V04,
            @JsonProperty("V05") @NotNull @Valid ItemAnswerJson V05,
            @JsonProperty("V06") @NotNull @Valid ItemAnswerJson V06,
            @JsonProperty("V07") @NotNull @Valid ItemAnswerJson V07,
            @JsonProperty("V08") @NotNull @Valid ItemAnswerJson V08,
            @JsonProperty("V09") @NotNull @Valid ItemAnswerJson V09,
            @JsonProperty("V10") @NotNull @Valid ItemAnswerJson V10,
            @JsonProperty("V11") @NotNull @Valid ItemAnswerJson V11,
            @JsonProperty("V12") @NotNull @Valid ItemAnswerJson V12,
            @JsonProperty("V13") @NotNull @Valid ItemAnswerJson V13,
            @JsonProperty("V14") @NotNull @Valid ItemAnswerJson V14,
            @JsonProperty("V15") @NotNull @Valid ItemAnswerJson V15,
            @JsonProperty("V16") @NotNull @Valid ItemAnswerJson V16,
            @JsonProperty("V17") @NotNull @Valid ItemAnswerJson V17,

            @JsonProperty("V18")
            @Valid
            @Schema(nullable = true, description = "Checklist version 2 on (required there, refused in version 1)")
            ItemAnswerJson V18,

            @JsonProperty("V19")
            @Valid
            @Schema(nullable = true, description = "Checklist version 2 on (required there, refused in version 1)")
            ItemAnswerJson V19,

            @JsonProperty("V20")
            @Valid
            @Schema(nullable = true, description = "Checklist version 2 on (required there, refused in version 1)")
            ItemAnswerJson V20,

            @JsonProperty("V21")
            @Valid
            @Schema(nullable = true, description = "Checklist version 2 on (required there, refused in version 1)")
            ItemAnswerJson V21,

            @JsonProperty("V22")
            @Valid
            @Schema(nullable = true, description = "Checklist version 2 on (required there, refused in version 1)")
            ItemAnswerJson V22) {

        static Answers from(Map<ChecklistItem, ItemAnswer> answers) {
            return new Answers(
                    answer(answers, ChecklistItem.V01),
                    answer(answers, ChecklistItem.V02),
                    answer(answers, ChecklistItem.V03),
                    answer(answers, ChecklistItem.V04),
                    answer(answers, ChecklistItem.V05),
                    answer(answers, ChecklistItem.V06),
                    answer(answers, ChecklistItem.V07),
                    answer(answers, ChecklistItem.V08),
                    answer(answers, ChecklistItem.V09),
                    answer(answers, ChecklistItem.V10),
                    answer(answers, ChecklistItem.V11),
                    answer(answers, ChecklistItem.V12),
                    answer(answers, ChecklistItem.V13),
                    answer(answers, ChecklistItem.V14),
                    answer(answers, ChecklistItem.V15),
                    answer(answers, ChecklistItem.V16),
                    answer(answers, ChecklistItem.V17),
                    answer(answers, ChecklistItem.V18),
                    answer(answers, ChecklistItem.V19),
                    answer(answers, ChecklistItem.V20),
                    answer(answers, ChecklistItem.V21),
                    answer(answers, ChecklistItem.V22));
        }

        private static ItemAnswerJson answer(Map<ChecklistItem, ItemAnswer> answers, ChecklistItem item) {
            return ItemAnswerJson.from(answers.get(item));
        }

        Map<ChecklistItem, ItemAnswer> toDomain() {
            List<ItemAnswerJson> inOrder = Arrays.asList(
                    V01, V02, V03, V04, V05, V06, V07, V08, V09, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20,
                    V21, V22);
            Map<ChecklistItem, ItemAnswer> answers = new EnumMap<>(ChecklistItem.class);
            ChecklistItem[] items = ChecklistItem.values();
            for (int i = 0; i < items.length; i++) {
                ItemAnswerJson json = inOrder.get(i);
                if (json != null) {
                    answers.put(items[i], new ItemAnswer(items[i], json.answer(), json.note(), json.evidenceUrl()));
                }
            }
            return answers;
        }
    }

    @Schema(
            name = "AssessmentInput",
            description =
                    "What the assessor gives (POST), or the editable part of an assessment (PATCH with a "
                            + "JSON merge patch, e.g. {\"answers\": {\"V05\": {\"answer\": \"YES\"}}}). The result is computed, never sent.")
    record Input(
            @Valid @Schema(nullable = true, description = "Omitted: every fact false")
            Context context,

            @NotNull @Valid Answers answers) {

        static Input from(AssessmentInput input) {
            return new Input(Context.from(input.context()), Answers.from(input.answers()));
        }

        AssessmentInput toDomain() {
            return new AssessmentInput(
                    context == null ? null : context.toDomain(), answers == null ? null : answers.toDomain());
        }
    }

    @Schema(name = "AssessmentReturn", description = "Why the assessment goes back to its author")
    record ReturnRequest(
            @NotBlank
            @Size(max = VendorAssessment.COMMENT_LENGTH)
            @Schema(examples = "Joindre le contrat de sous-traitance signé (V01).")
            String comment) {}

    @Schema(name = "AssessedTool", description = "What the assessment took from the tool when it was created")
    record ToolJson(
            @Schema(maxItems = 5) Set<DataCategory> dataCategories,
            DataCategory highestDataCategory,
            HostingRegion hostingRegion) {

        static ToolJson from(ToolSnapshot tool) {
            return new ToolJson(tool.dataCategories(), tool.highestDataCategory(), tool.hostingRegion());
        }
    }

    @Schema(name = "BlockingFinding", description = "A failed item whose blocking condition holds for this tool")
    record Finding(
            @Schema(examples = "V05") ChecklistItem item,
            ChecklistAnswer answer,
            BlockingCondition condition,

            @Schema(maxLength = 2000, description = "Why it blocks, in the language of Accept-Language")
            String reason) {}

    @Schema(
            name = "AssessmentResult",
            description = "Computed by the platform from the answers, the tool's data categories and the context")
    record Result(
            @Schema(
                    minimum = "0",
                    maximum = "100",
                    description =
                            "Share of applicable items answered YES, PARTIAL counting half, in percent rounded down")
            int score,

            @Schema(minimum = "0", maximum = "22", description = "Items not answered NOT_APPLICABLE")
            int applicableItems,

            AssessmentLevel level,
            @Schema(maxItems = 22) List<Finding> blockingFindings) {

        static Result from(VendorAssessment assessment, Locale locale) {
            AssessmentResult result = assessment.result();
            List<Finding> findings = result.blockingFindings().stream()
                    .map(f -> new Finding(
                            f.item(), f.answer(), f.condition(), ChecklistTexts.reason(locale, f, assessment.tool())))
                    .toList();
            return new Result(result.score(), result.applicableItems(), result.level(), findings);
        }
    }

    @Schema(name = "Assessment", description = "A vendor security assessment of one tool")
    record View(
            UUID id,
            UUID toolId,
            AssessmentStatus status,
            ToolJson tool,
            Context context,
            Answers answers,

            @Schema(
                    minimum = "1",
                    maximum = "2",
                    description = "The checklist version the assessment was created with: 1 (V01–V17) or 2 (V01–V22, "
                            + "the current one; V11 and V12 block where GDPR art. 28 applies)")
            int checklistVersion,

            Result result,

            @Schema(
                    description =
                            "The tool touches PERSONAL data or above: a DATA_REFERENT other than the author validates, after submission")
            boolean dataReferentValidationRequired,

            @Schema(description = "Member who created the assessment")
            UUID author,

            Instant createdAt,

            @Schema(nullable = true, maxLength = 35, format = "date-time")
            Instant submittedAt,

            @Schema(nullable = true, maxLength = 36, format = "uuid", description = "Member who validated")
            UUID validatedBy,

            @Schema(nullable = true, maxLength = 35, format = "date-time")
            Instant validatedAt,

            @Schema(nullable = true, maxLength = 2000, description = "Comment of the last return to DRAFT")
            String returnComment,

            @Schema(description = "Same value as the ETag header.", minimum = "0", maximum = "9223372036854775807")
            long version) {

        static View from(VendorAssessment assessment, Locale locale) {
            return new View(
                    assessment.id().value(),
                    assessment.toolId().value(),
                    assessment.status(),
                    ToolJson.from(assessment.tool()),
                    Context.from(assessment.input().context()),
                    Answers.from(assessment.input().answers()),
                    assessment.input().checklistVersion(),
                    Result.from(assessment, locale),
                    assessment.needsDataReferent(),
                    assessment.author().value(),
                    assessment.createdAt(),
                    assessment.submittedAt(),
                    assessment.validatedBy() == null
                            ? null
                            : assessment.validatedBy().value(),
                    assessment.validatedAt(),
                    assessment.returnComment(),
                    assessment.version());
        }
    }
}
