package org.gouvernail.rest.inventory.assessment;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.inventory.assessment.AssessmentLevel;
import org.gouvernail.domain.inventory.assessment.BlockingCondition;
import org.gouvernail.domain.inventory.assessment.ChecklistAnswer;
import org.gouvernail.domain.inventory.assessment.ChecklistItem;
import org.gouvernail.domain.inventory.assessment.LatestAssessment;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.LocalizedText;

/** REST resource: the vendor security checklist itself, in the platform's languages, for front ends to render the form. */
@Path("/api/v1/reference/vendor-checklist")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference", description = "Reference data of the platform, the same for every organisation")
public class ChecklistResource {

    private static final List<String> CONTEXT_FLAGS = List.of(
            "healthData", "personalDataLeavesEu", "connectorsTouchPersonalData", "criticalProcess", "highRiskUseCase");

    private final CallerFactory callers;

    public ChecklistResource(CallerFactory callers) {
        this.callers = callers;
    }

    @Schema(name = "ChecklistItemReference", description = "One item of the checklist")
    record Item(
            @Schema(examples = "V05") ChecklistItem id,
            LocalizedText title,

            @Schema(maxLength = 200, description = "Where the requirement comes from")
            LocalizedText source,

            @Schema(description = "When a failed answer blocks (the \"blocking when\" column)")
            LocalizedText blockingWhen,

            @Schema(description = "The blocking condition in the current version (version 2)")
            BlockingCondition blockingCondition,

            @Schema(
                    description = "The blocking condition in version 1, which assessments made before version 2 keep "
                            + "(V11 and V12 never blocked alone there)")
            BlockingCondition blockingConditionInVersion1,

            @Schema(minimum = "1", maximum = "2", description = "The first checklist version with this item")
            int since,

            @Schema(maxItems = 5, description = "The answers that block when the condition holds")
            List<ChecklistAnswer> blocksOn) {}

    @Schema(name = "ChecklistAnswerReference")
    record AnswerLabel(ChecklistAnswer code, LocalizedText label) {}

    @Schema(
            name = "ChecklistContextFlag",
            description = "A fact of context the assessor states (property of AssessmentContext)")
    record ContextFlag(
            @Schema(maxLength = 60, examples = "criticalProcess")
            String name,

            LocalizedText label) {}

    @Schema(name = "ChecklistLevel")
    record Level(
            AssessmentLevel level,

            @Schema(
                    minimum = "0",
                    maximum = "100",
                    nullable = true,
                    description = "Lowest score of the level; null for BLOCKED, which any blocking finding gives")
            Integer minScore,

            LocalizedText label) {}

    @Schema(
            name = "VendorChecklist",
            description = "The checklist, version 2 (V01–V22), with its labels, blocking rules and scoring")
    record Checklist(
            @Schema(minimum = "1", maximum = "2", description = "The version new assessments take")
            int version,

            @Schema(maxItems = 22) List<Item> items,
            @Schema(maxItems = 5) List<AnswerLabel> answers,
            @Schema(maxItems = 10) List<ContextFlag> contextFlags,
            @Schema(maxItems = 4) List<Level> levels,

            @Schema(minimum = "1", maximum = "120", description = "A validated assessment older than this is stale")
            int staleAfterMonths,

            @Schema(maxLength = 2000) LocalizedText scoring) {}

    @GET
    @Operation(
            operationId = "getVendorChecklist",
            summary = "The vendor security checklist, in the platform's languages",
            description =
                    "Any authenticated user. Version 2: items V01–V22 (V18–V22 new in version 2; an assessment made with "
                            + "version 1 keeps V01–V17 and its rules) with their title, source and blocking rule, the answer labels, "
                            + "the facts of context, the levels and the staleness delay: what a front end needs to render the assessment form.")
    @APIResponse(responseCode = "200", description = "The checklist")
    public Checklist checklist() {
        callers.current();
        List<Item> items = Arrays.stream(ChecklistItem.values())
                .map(item -> new Item(
                        item,
                        ChecklistTexts.both("item." + item + ".title"),
                        ChecklistTexts.both("item." + item + ".source"),
                        ChecklistTexts.both("item." + item + ".blockingWhen"),
                        item.condition(),
                        item.condition(1),
                        item.since(),
                        item.condition() == BlockingCondition.NEVER ? List.of() : List.copyOf(item.failingAnswers())))
                .toList();
        List<AnswerLabel> answers = Arrays.stream(ChecklistAnswer.values())
                .map(answer -> new AnswerLabel(answer, ChecklistTexts.both("answer." + answer)))
                .toList();
        List<ContextFlag> flags = CONTEXT_FLAGS.stream()
                .map(flag -> new ContextFlag(flag, ChecklistTexts.both("context." + flag)))
                .toList();
        List<Level> levels = List.of(
                new Level(AssessmentLevel.GOOD, AssessmentLevel.GOOD_FROM, ChecklistTexts.both("level.GOOD")),
                new Level(AssessmentLevel.FAIR, AssessmentLevel.FAIR_FROM, ChecklistTexts.both("level.FAIR")),
                new Level(AssessmentLevel.POOR, 0, ChecklistTexts.both("level.POOR")),
                new Level(AssessmentLevel.BLOCKED, null, ChecklistTexts.both("level.BLOCKED")));
        return new Checklist(
                ChecklistItem.CURRENT_VERSION,
                items,
                answers,
                flags,
                levels,
                LatestAssessment.STALE_AFTER_MONTHS,
                ChecklistTexts.both("scoring"));
    }
}
