package org.gouvernail.rest.usecase;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.Localized;
import org.gouvernail.domain.usecase.AiActQuestionnaire;
import org.gouvernail.domain.usecase.Citation;
import org.gouvernail.domain.usecase.DpiaQuestionnaire;
import org.gouvernail.domain.usecase.Question;
import org.gouvernail.domain.usecase.Question.AnswerType;
import org.gouvernail.domain.usecase.Question.Section;
import org.gouvernail.domain.usecase.Questionnaire;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.LocalizedText;

/**
 * REST resource: the AI Act, DPIA and values-check questionnaires and the footprint method as data, reference content shared by every
 * organisation, so that integrators build their forms from what the answers endpoints accept.
 */
@Path("/api/v1/reference")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Use cases",
        description = "Portfolio of AI use cases (cas d'usage): prioritisation matrix, AI Act profile, DPIA screening")
public class QuestionnaireResource {

    private final CallerFactory callers;

    public QuestionnaireResource(CallerFactory callers) {
        this.callers = callers;
    }

    /** JSON shape of one answer a ONE_OF question accepts. */
    @Schema(name = "QuestionOption")
    public record OptionView(
            @Schema(maxLength = 60, examples = "DEPLOYER") String code, LocalizedText label) {}

    /** JSON shape of one question. */
    @Schema(name = "Question")
    public record QuestionView(
            @Schema(maxLength = 60, examples = "A7_FOR_COMPETENT_AUTHORITY")
            String code,

            Section section,

            @Schema(description = "YES_NO: answer true or false; ONE_OF: answer one of the option codes")
            AnswerType type,

            @Schema(maxItems = 10) List<OptionView> options,

            @Schema(maxLength = 100, examples = "AI Act art. 6(2), Annex III point 7", description = "Stable reference")
            String reference,

            @Schema(description = "The article it comes from, as cited in each language")
            LocalizedText citation,

            @Schema(
                    maxItems = 5,
                    description =
                            "Asked (and then required if required) when one of these questions is answered true; empty: always asked")
            List<String> askedWhen,

            boolean required,

            @Schema(description = "The question, with the legal condition it carries")
            LocalizedText text,

            @Schema(nullable = true, description = "The legal condition or exception, spelt out")
            LocalizedText condition,

            @Schema(nullable = true) LocalizedText help) {

        static QuestionView from(Question question) {
            return new QuestionView(
                    question.code(),
                    question.section(),
                    question.type(),
                    question.options().stream()
                            .map(option -> new OptionView(option.code(), LocalizedText.of(option.label())))
                            .toList(),
                    question.citation().reference(),
                    LocalizedText.of(cited(question.citation())),
                    question.askedWhen(),
                    question.required(),
                    LocalizedText.of(question.text()),
                    question.condition() == null ? null : LocalizedText.of(question.condition()),
                    question.help() == null ? null : LocalizedText.of(question.help()));
        }

        private static Localized cited(Citation citation) {
            Map<Language, String> texts = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                texts.put(language, citation.in(language));
            }
            return Localized.of(texts);
        }
    }

    /** JSON shape of a questionnaire: a short, fixed list, not paginated. */
    @Schema(name = "Questionnaire")
    public record QuestionnaireView(
            @Schema(maxLength = 20, examples = "ai-act") String id,
            @Schema(maxLength = 10, examples = "2") String version,

            @Schema(description = "The state of the law it follows")
            LocalDate lawAsOf,

            @Schema(maxItems = 10) List<String> sources,
            @Schema(maxItems = 200) List<QuestionView> questions) {

        static QuestionnaireView from(Questionnaire questionnaire) {
            return new QuestionnaireView(
                    questionnaire.id(),
                    questionnaire.version(),
                    questionnaire.lawAsOf(),
                    questionnaire.sources(),
                    questionnaire.questions().stream().map(QuestionView::from).toList());
        }
    }

    @GET
    @Path("/ai-act-questionnaire")
    @Operation(
            operationId = "getAiActQuestionnaire",
            summary = "The AI Act questionnaire, as data",
            description =
                    "Any authenticated user. Version 2, following Regulation (EU) 2024/1689 as amended by Regulation (EU) "
                            + "2026/1744: scope (art. 3(1), art. 2, general-purpose AI, Annex I), role (art. 3, 25, 27), art. 5 "
                            + "prohibitions with their exceptions, Annex III points with their legal conditions, art. 6(3), art. 50(1)-(4). "
                            + "Every text in French, English and Dutch. PUT …/use-cases/{useCaseId}/ai-act-profile accepts "
                            + "answers by these codes and refuses others (400, naming answers.<code>).")
    @APIResponse(
            responseCode = "200",
            description = "Every question",
            content = @Content(schema = @Schema(implementation = QuestionnaireView.class)))
    public QuestionnaireView aiAct() {
        callers.current();
        return QuestionnaireView.from(AiActQuestionnaire.questionnaire());
    }

    @GET
    @Path("/dpia-questionnaire")
    @Operation(
            operationId = "getDpiaQuestionnaire",
            summary = "The DPIA screening questionnaire, as data",
            description =
                    "Any authenticated user. Version 2: the cases of GDPR art. 35(3) (R_A … R_C, the requiredCases of "
                            + "PUT …/dpia-screening), the nine criteria of the EDPB-endorsed guidelines WP248 rev.01 (C1 … C9, its "
                            + "criteria), the art. 35(4) lists of the supervisory authorities (section NATIONAL_LIST_BE: APD/GBA decision "
                            + "01/2019, BE_1 … BE_6; section NATIONAL_LIST_FR: CNIL deliberation 2018-327, FR_1 … FR_14; its listItems: a "
                            + "form asks the list of the organisation's country only) and the DPO question (art. 37, its dpo), in French, "
                            + "English and Dutch.")
    @APIResponse(
            responseCode = "200",
            description = "Every question",
            content = @Content(schema = @Schema(implementation = QuestionnaireView.class)))
    public QuestionnaireView dpia() {
        callers.current();
        return QuestionnaireView.from(DpiaQuestionnaire.questionnaire());
    }

    @GET
    @Path("/values-check")
    @Operation(
            operationId = "getValuesCheckQuestionnaire",
            summary = "The values check, as data",
            description =
                    "Any authenticated user. Version 1: equity, autonomy and human oversight, transparency, human rights and "
                            + "dignity, mission fit and alternatives, work; each question with why it matters and what a good answer looks "
                            + "like, in French, English and Dutch (Dutch null where not written yet). PUT …/use-cases/{useCaseId}/values-check "
                            + "accepts answers by these codes.")
    @APIResponse(
            responseCode = "200",
            description = "Every question",
            content = @Content(schema = @Schema(implementation = ValuesJson.QuestionnaireView.class)))
    public ValuesJson.QuestionnaireView valuesCheck() {
        callers.current();
        return ValuesJson.QuestionnaireView.current();
    }

    @GET
    @Path("/footprint-method")
    @Operation(
            operationId = "getFootprintMethod",
            summary = "The footprint method: every coefficient with its source and date",
            description =
                    "Any authenticated user. The coefficients, model sizes and regional electricity factors behind "
                            + "GET …/use-cases/{useCaseId}/footprint, each with its source, date and whether it was checked in the source.")
    @APIResponse(
            responseCode = "200",
            description = "The method",
            content = @Content(schema = @Schema(implementation = ValuesJson.MethodView.class)))
    public ValuesJson.MethodView method() {
        callers.current();
        return ValuesJson.MethodView.current();
    }
}
