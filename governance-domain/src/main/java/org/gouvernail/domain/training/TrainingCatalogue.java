package org.gouvernail.domain.training;

import static org.gouvernail.domain.training.ModuleLevel.INTERMEDIATE;
import static org.gouvernail.domain.training.ModuleLevel.INTRODUCTION;
import static org.gouvernail.domain.training.TrainingFormat.BRIEFING;
import static org.gouvernail.domain.training.TrainingFormat.E_LEARNING;
import static org.gouvernail.domain.training.TrainingFormat.IN_PERSON;
import static org.gouvernail.domain.training.TrainingFormat.REMOTE;
import static org.gouvernail.domain.training.TrainingFormat.SELF_STUDY;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.shared.TextBundle;

/**
 * Reference content: the starter catalogue of training modules, written for associations, to meet
 * the AI literacy measures of art. 4 AI Act (Regulation (EU) 2024/1689, as amended by Regulation
 * (EU) 2026/1744) for staff and for the volunteers and board members who use AI on the
 * association's behalf. The structure lives here; the texts in
 * {@code training-catalogue_<language>.properties} next to this class. Two free external courses
 * (Elements of AI, in French and Dutch among others; Objectif IA, in French) are external modules.
 * The minimum content follows the Commission's Q&A on AI literacy (7 May 2025): what AI is and how
 * it works, which AI the organisation uses, its opportunities and dangers, for generative AI e.g.
 * hallucinations.
 */
public final class TrainingCatalogue {

    private static final TextBundle TEXTS = TextBundle.load(TrainingCatalogue.class, "training-catalogue");

    private static final Set<ToolCategory> GENERATIVE = Set.of(
            ToolCategory.TEXT_GENERATION, ToolCategory.CHATBOT, ToolCategory.TRANSLATION, ToolCategory.TRANSCRIPTION);

    public static final List<CatalogueModule> ENTRIES = List.of(
            internal(
                    "how-language-models-work",
                    "IA-101",
                    Set.of(Topic.HOW_AI_WORKS),
                    INTRODUCTION,
                    60,
                    Set.of(IN_PERSON, REMOTE),
                    24,
                    GENERATIVE,
                    false),
            internal(
                    "checking-ai-outputs",
                    "IA-102",
                    Set.of(Topic.CHECKING_OUTPUTS, Topic.PRACTICAL_TOOLS),
                    INTRODUCTION,
                    60,
                    Set.of(IN_PERSON, REMOTE),
                    24,
                    GENERATIVE,
                    false),
            internal(
                    "beneficiary-data-stays-out",
                    "IA-103",
                    Set.of(Topic.DATA_PROTECTION, Topic.RIGHTS_AND_LAW),
                    INTRODUCTION,
                    45,
                    Set.of(IN_PERSON, REMOTE, BRIEFING),
                    12,
                    GENERATIVE,
                    false),
            internal(
                    "bias-justice-human-rights",
                    "IA-104",
                    Set.of(Topic.BIAS_AND_ETHICS, Topic.RIGHTS_AND_LAW),
                    INTERMEDIATE,
                    90,
                    Set.of(IN_PERSON),
                    36,
                    Set.of(),
                    false),
            internal(
                    "environmental-impact",
                    "IA-105",
                    Set.of(Topic.ENVIRONMENTAL_IMPACT),
                    INTRODUCTION,
                    45,
                    Set.of(IN_PERSON, REMOTE),
                    36,
                    Set.of(),
                    false),
            internal(
                    "our-charter-in-15-minutes",
                    "IA-106",
                    Set.of(Topic.OUR_POLICY),
                    INTRODUCTION,
                    15,
                    Set.of(BRIEFING, SELF_STUDY),
                    12,
                    Set.of(),
                    true),
            internal(
                    "ai-and-work",
                    "IA-107",
                    Set.of(Topic.AI_AND_WORK),
                    INTRODUCTION,
                    60,
                    Set.of(IN_PERSON),
                    36,
                    Set.of(),
                    false),
            internal(
                    "tools-we-approved",
                    "IA-108",
                    Set.of(Topic.PRACTICAL_TOOLS, Topic.CHECKING_OUTPUTS),
                    INTERMEDIATE,
                    60,
                    Set.of(IN_PERSON, REMOTE),
                    12,
                    GENERATIVE,
                    true),
            external(
                    "elements-of-ai",
                    "EXT-ELEMENTS-AI",
                    Set.of(Topic.HOW_AI_WORKS, Topic.BIAS_AND_ETHICS),
                    1_800,
                    Set.of("fr", "nl", "en", "de"),
                    "University of Helsinki, MinnaLearn",
                    "https://www.elementsofai.com/"),
            external(
                    "objectif-ia",
                    "EXT-OBJECTIF-IA",
                    Set.of(Topic.HOW_AI_WORKS, Topic.AI_AND_WORK),
                    360,
                    Set.of("fr"),
                    "Institut Montaigne, OpenClassrooms, Fondation Abeona",
                    "https://openclassrooms.com/fr/courses/6417031-objectif-ia-initiez-vous-a-lintelligence-artificielle"));

    private TrainingCatalogue() {}

    public static Optional<CatalogueModule> find(String id) {
        return ENTRIES.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    private static CatalogueModule internal(
            String id,
            String code,
            Set<Topic> topics,
            ModuleLevel level,
            int minutes,
            Set<TrainingFormat> formats,
            int validityMonths,
            Set<ToolCategory> toolCategories,
            boolean refreshOnNewVersion) {
        return entry(
                id,
                code,
                topics,
                level,
                minutes,
                formats,
                Set.of("fr", "en"),
                Provider.internal(),
                validityMonths,
                toolCategories,
                refreshOnNewVersion);
    }

    /** A free online course: no validity (general knowledge does not expire), never a refresh. */
    private static CatalogueModule external(
            String id,
            String code,
            Set<Topic> topics,
            int minutes,
            Set<String> languages,
            String provider,
            String link) {
        return entry(
                id,
                code,
                topics,
                INTRODUCTION,
                minutes,
                Set.of(E_LEARNING),
                languages,
                new Provider(ProviderKind.EXTERNAL, provider, link),
                null,
                Set.of(),
                false);
    }

    private static CatalogueModule entry(
            String id,
            String code,
            Set<Topic> topics,
            ModuleLevel level,
            int minutes,
            Set<TrainingFormat> formats,
            Set<String> languages,
            Provider provider,
            Integer validityMonths,
            Set<ToolCategory> toolCategories,
            boolean refreshOnNewVersion) {
        return new CatalogueModule(
                        id,
                        code,
                        TEXTS.text(id + ".title"),
                        TEXTS.text(id + ".summary"),
                        TEXTS.text(id + ".easy-summary"),
                        TEXTS.text(id + ".objectives"),
                        TEXTS.text(id + ".outline"),
                        topics,
                        level,
                        minutes,
                        formats,
                        languages,
                        provider,
                        validityMonths,
                        toolCategories,
                        refreshOnNewVersion)
                .checkedInEveryLanguage();
    }
}
