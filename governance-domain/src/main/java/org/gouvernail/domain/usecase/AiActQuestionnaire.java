package org.gouvernail.domain.usecase;

import static org.gouvernail.domain.usecase.Citation.aiAct;
import static org.gouvernail.domain.usecase.Citation.annexIii;
import static org.gouvernail.domain.usecase.Question.Section.ANNEX_III;
import static org.gouvernail.domain.usecase.Question.Section.ARTICLE_6_3;
import static org.gouvernail.domain.usecase.Question.Section.PROHIBITED_PRACTICES;
import static org.gouvernail.domain.usecase.Question.Section.ROLE;
import static org.gouvernail.domain.usecase.Question.Section.SCOPE;
import static org.gouvernail.domain.usecase.Question.Section.TRANSPARENCY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gouvernail.domain.shared.TextBundle;
import org.gouvernail.domain.usecase.Question.AnswerType;
import org.gouvernail.domain.usecase.Question.Option;
import org.gouvernail.domain.usecase.Question.Section;

/**
 * Reference data: the AI Act questionnaire of a use case, version 2, following Regulation (EU)
 * 2024/1689 as amended by Regulation (EU) 2026/1744 (state of the law on 29 November 2026). Scope
 * first (art. 3(1), art. 2, general-purpose AI, Annex I), then the association's role (art. 3, 25,
 * 27), the art. 5 prohibitions with their exceptions, the Annex III points with the legal
 * conditions of each, the art. 6(3) derogation and the art. 50 transparency cases. The structure
 * lives here; the texts ({@code <code>.text}, optional {@code .condition} and {@code .help}, and
 * {@code <code>.option.<option>}) in {@code ai-act-questionnaire_<language>.properties}.
 */
public final class AiActQuestionnaire {

    public static final String ID = "ai-act";
    public static final String VERSION = "2";
    /** The first questionnaire (sets of enum codes), still read for use cases answered with it. */
    public static final String LEGACY_VERSION = "1";

    public static final LocalDate LAW_AS_OF = LocalDate.of(2026, 11, 29);

    private static final TextBundle TEXTS = TextBundle.load(AiActQuestionnaire.class, "ai-act-questionnaire");

    private static final List<String> SOURCES = List.of(
            "Regulation (EU) 2024/1689, OJ L 2024/1689, 12.7.2024, ELI http://data.europa.eu/eli/reg/2024/1689/oj",
            "Regulation (EU) 2026/1744, OJ L 2026/1744, 24.7.2026, ELI http://data.europa.eu/eli/reg/2026/1744/oj");

    private static final Questionnaire QUESTIONNAIRE = build();

    private AiActQuestionnaire() {}

    public static Questionnaire questionnaire() {
        return QUESTIONNAIRE;
    }

    private static Questionnaire build() {
        List<Question> questions = new ArrayList<>();
        // Scope: is it an AI system at all, is it excluded, is it general-purpose AI, is it an Annex I product?
        questions.add(required("AI_SYSTEM", SCOPE, aiAct("3", null, "1")));
        questions.add(choice(
                "EXCLUSION",
                SCOPE,
                aiAct("2"),
                "NONE",
                "DEFENCE_NATIONAL_SECURITY",
                "SCIENTIFIC_RESEARCH",
                "PRE_MARKET_RESEARCH",
                "PERSONAL_NON_PROFESSIONAL",
                "FREE_OPEN_SOURCE"));
        questions.add(yesNo("GPAI_MODEL_PROVIDER", SCOPE, aiAct("53", "1")));
        questions.add(yesNo("GENERAL_PURPOSE_SYSTEM", SCOPE, aiAct("3", null, "66")));
        questions.add(yesNo("ANNEX_I_SAFETY_COMPONENT", SCOPE, aiAct("6", "1")));
        // Role, and what turns another operator into the provider.
        questions.add(requiredChoice(
                "ROLE", ROLE, aiAct("3"), "PROVIDER", "DEPLOYER", "PROVIDER_AND_DEPLOYER", "IMPORTER", "DISTRIBUTOR"));
        questions.add(yesNo("OWN_NAME", ROLE, aiAct("25", "1", "a")));
        questions.add(yesNo("SUBSTANTIAL_MODIFICATION", ROLE, aiAct("25", "1", "b")));
        questions.add(yesNo("PURPOSE_CHANGED", ROLE, aiAct("25", "1", "c")));
        questions.add(yesNo("PUBLIC_SERVICE", ROLE, aiAct("27", "1")));
        // Art. 5(1): each prohibition, and its exception as a follow-up.
        questions.add(yesNo("P_A", PROHIBITED_PRACTICES, aiAct("5", "1", "a")));
        questions.add(yesNo("P_B", PROHIBITED_PRACTICES, aiAct("5", "1", "b")));
        questions.add(yesNo("P_BA", PROHIBITED_PRACTICES, aiAct("5", "1", "ba")));
        questions.add(yesNo("P_BB", PROHIBITED_PRACTICES, aiAct("5", "1", "bb")));
        questions.add(yesNo("P_C", PROHIBITED_PRACTICES, aiAct("5", "1", "c")));
        questions.add(yesNo("P_D", PROHIBITED_PRACTICES, aiAct("5", "1", "d")));
        questions.add(followUp("P_D_OBJECTIVE_FACTS", PROHIBITED_PRACTICES, aiAct("5", "1", "d"), "P_D"));
        questions.add(yesNo("P_E", PROHIBITED_PRACTICES, aiAct("5", "1", "e")));
        questions.add(yesNo("P_F", PROHIBITED_PRACTICES, aiAct("5", "1", "f")));
        questions.add(followUp("P_F_MEDICAL_OR_SAFETY", PROHIBITED_PRACTICES, aiAct("5", "1", "f"), "P_F"));
        questions.add(yesNo("P_G", PROHIBITED_PRACTICES, aiAct("5", "1", "g")));
        questions.add(followUp("P_G_DATASET_LABELLING", PROHIBITED_PRACTICES, aiAct("5", "1", "g"), "P_G"));
        questions.add(yesNo("P_H", PROHIBITED_PRACTICES, aiAct("5", "1", "h")));
        questions.add(followUp("P_H_AUTHORISED_OBJECTIVE", PROHIBITED_PRACTICES, aiAct("5", "2"), "P_H"));
        // Annex III, point by point, each with the legal condition of its text.
        questions.add(yesNo("A1A_REMOTE_BIOMETRIC_IDENTIFICATION", ANNEX_III, annexIii("1(a)")));
        questions.add(
                followUp("A1A_VERIFICATION_ONLY", ANNEX_III, annexIii("1(a)"), "A1A_REMOTE_BIOMETRIC_IDENTIFICATION"));
        questions.add(yesNo("A1B_BIOMETRIC_CATEGORISATION", ANNEX_III, annexIii("1(b)")));
        questions.add(yesNo("A1C_EMOTION_RECOGNITION", ANNEX_III, annexIii("1(c)")));
        questions.add(yesNo("A2_CRITICAL_INFRASTRUCTURE", ANNEX_III, annexIii("2")));
        questions.add(yesNo("A3A_ADMISSION", ANNEX_III, annexIii("3(a)")));
        questions.add(yesNo("A3B_LEARNING_OUTCOMES", ANNEX_III, annexIii("3(b)")));
        questions.add(yesNo("A3C_EDUCATION_LEVEL", ANNEX_III, annexIii("3(c)")));
        questions.add(yesNo("A3D_TEST_MONITORING", ANNEX_III, annexIii("3(d)")));
        questions.add(yesNo("A4A_RECRUITMENT", ANNEX_III, annexIii("4(a)")));
        questions.add(yesNo("A4B_WORK_DECISIONS", ANNEX_III, annexIii("4(b)")));
        questions.add(new Question(
                "A4_PERSONS",
                ANNEX_III,
                AnswerType.ONE_OF,
                options("A4_PERSONS", "WORKERS_OR_CANDIDATES", "VOLUNTEERS_ONLY"),
                annexIii("4"),
                List.of("A4A_RECRUITMENT", "A4B_WORK_DECISIONS"),
                true,
                TEXTS.text("A4_PERSONS.text"),
                TEXTS.optional("A4_PERSONS.condition").orElse(null),
                TEXTS.optional("A4_PERSONS.help").orElse(null)));
        questions.add(yesNo("A5A_PUBLIC_ASSISTANCE", ANNEX_III, annexIii("5(a)")));
        questions.add(followUp("A5A_FOR_PUBLIC_AUTHORITY", ANNEX_III, annexIii("5(a)"), "A5A_PUBLIC_ASSISTANCE"));
        questions.add(followUp("A5A_NATURAL_PERSONS", ANNEX_III, annexIii("5(a)"), "A5A_PUBLIC_ASSISTANCE"));
        questions.add(yesNo("A5B_CREDITWORTHINESS", ANNEX_III, annexIii("5(b)")));
        questions.add(followUp("A5B_FRAUD_DETECTION_ONLY", ANNEX_III, annexIii("5(b)"), "A5B_CREDITWORTHINESS"));
        questions.add(yesNo("A5C_LIFE_HEALTH_INSURANCE", ANNEX_III, annexIii("5(c)")));
        questions.add(yesNo("A5D_EMERGENCY_TRIAGE", ANNEX_III, annexIii("5(d)")));
        questions.add(yesNo("A6_LAW_ENFORCEMENT", ANNEX_III, annexIii("6")));
        questions.add(followUp("A6_FOR_LAW_ENFORCEMENT", ANNEX_III, annexIii("6"), "A6_LAW_ENFORCEMENT"));
        questions.add(yesNo("A7_MIGRATION_BORDER", ANNEX_III, annexIii("7")));
        questions.add(followUp("A7_FOR_COMPETENT_AUTHORITY", ANNEX_III, annexIii("7"), "A7_MIGRATION_BORDER"));
        questions.add(yesNo("A8A_JUSTICE", ANNEX_III, annexIii("8(a)")));
        questions.add(followUp("A8A_FOR_JUDICIAL_AUTHORITY_OR_ADR", ANNEX_III, annexIii("8(a)"), "A8A_JUSTICE"));
        questions.add(yesNo("A8B_ELECTIONS", ANNEX_III, annexIii("8(b)")));
        questions.add(followUp("A8B_NOT_DIRECTLY_EXPOSED", ANNEX_III, annexIii("8(b)"), "A8B_ELECTIONS"));
        // Art. 6(3): the derogation, its condition and its limit (profiling).
        questions.add(
                yesNo("PROFILES_NATURAL_PERSONS", ARTICLE_6_3, aiAct("6", "3").subparagraph("last")));
        questions.add(
                yesNo("A63_NO_SIGNIFICANT_RISK", ARTICLE_6_3, aiAct("6", "3").subparagraph("first")));
        questions.add(yesNo("A63_A_NARROW_PROCEDURAL_TASK", ARTICLE_6_3, aiAct("6", "3", "a")));
        questions.add(yesNo("A63_B_IMPROVES_HUMAN_ACTIVITY", ARTICLE_6_3, aiAct("6", "3", "b")));
        questions.add(yesNo("A63_C_DETECTS_PATTERNS", ARTICLE_6_3, aiAct("6", "3", "c")));
        questions.add(yesNo("A63_D_PREPARATORY_TASK", ARTICLE_6_3, aiAct("6", "3", "d")));
        // Art. 50(1)-(4), each with its exception.
        questions.add(yesNo("T1_INTERACTS_WITH_PEOPLE", TRANSPARENCY, aiAct("50", "1")));
        questions.add(followUp("T1_OBVIOUS", TRANSPARENCY, aiAct("50", "1"), "T1_INTERACTS_WITH_PEOPLE"));
        questions.add(yesNo("T2_GENERATES_CONTENT", TRANSPARENCY, aiAct("50", "2")));
        questions.add(followUp("T2_ASSISTIVE_EDITING", TRANSPARENCY, aiAct("50", "2"), "T2_GENERATES_CONTENT"));
        questions.add(yesNo("T3_EMOTION_OR_CATEGORISATION", TRANSPARENCY, aiAct("50", "3")));
        questions.add(yesNo("T4_DEEP_FAKE", TRANSPARENCY, aiAct("50", "4").subparagraph("first")));
        questions.add(followUp(
                "T4_ARTISTIC_OR_SATIRICAL", TRANSPARENCY, aiAct("50", "4").subparagraph("first"), "T4_DEEP_FAKE"));
        questions.add(
                yesNo("T4_PUBLIC_INTEREST_TEXT", TRANSPARENCY, aiAct("50", "4").subparagraph("second")));
        questions.add(followUp(
                "T4_EDITORIAL_REVIEW",
                TRANSPARENCY,
                aiAct("50", "4").subparagraph("second"),
                "T4_PUBLIC_INTEREST_TEXT"));
        return new Questionnaire(ID, VERSION, LAW_AS_OF, SOURCES, questions);
    }

    private static Question yesNo(String code, Section section, Citation citation) {
        return question(code, section, AnswerType.YES_NO, List.of(), citation, List.of(), false);
    }

    private static Question required(String code, Section section, Citation citation) {
        return question(code, section, AnswerType.YES_NO, List.of(), citation, List.of(), true);
    }

    /** A condition or an exception, asked (and then required) when the question it qualifies is answered yes. */
    private static Question followUp(String code, Section section, Citation citation, String after) {
        return question(code, section, AnswerType.YES_NO, List.of(), citation, List.of(after), true);
    }

    private static Question choice(String code, Section section, Citation citation, String... options) {
        return question(code, section, AnswerType.ONE_OF, options(code, options), citation, List.of(), false);
    }

    private static Question requiredChoice(String code, Section section, Citation citation, String... options) {
        return question(code, section, AnswerType.ONE_OF, options(code, options), citation, List.of(), true);
    }

    private static List<Option> options(String code, String... options) {
        return Arrays.stream(options)
                .map(option -> new Option(option, TEXTS.text(code + ".option." + option)))
                .toList();
    }

    private static Question question(
            String code,
            Section section,
            AnswerType type,
            List<Option> options,
            Citation citation,
            List<String> askedWhen,
            boolean required) {
        return new Question(
                code,
                section,
                type,
                options,
                citation,
                askedWhen,
                required,
                TEXTS.text(code + ".text"),
                TEXTS.optional(code + ".condition").orElse(null),
                TEXTS.optional(code + ".help").orElse(null));
    }
}
