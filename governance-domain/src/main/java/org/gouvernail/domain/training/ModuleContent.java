package org.gouvernail.domain.training;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Value: what a training module teaches and how: the editable part of a module, checked as a whole.
 *
 * @param easySummary the summary in easy-to-read language, for volunteers (optional)
 * @param objectives what a learner can do afterwards, one line each
 * @param languages ISO 639-1 codes of the languages the module is given in
 * @param validityMonths months after which a record needs a refresh; {@code null}: it never expires
 * @param policyId the usage policy an OUR_POLICY module teaches
 * @param toolCategories the kinds of tools the module prepares people to use
 * @param newVersionRequiresRefresh whether a new version makes the records of earlier ones SUPERSEDED
 */
public record ModuleContent(
        String title,
        String summary,
        String easySummary,
        Set<Topic> topics,
        ModuleLevel level,
        List<String> objectives,
        String outline,
        int durationMinutes,
        Set<TrainingFormat> formats,
        Set<String> languages,
        Provider provider,
        Integer validityMonths,
        PolicyId policyId,
        Set<ToolCategory> toolCategories,
        boolean newVersionRequiresRefresh) {

    public static final int MAX_OBJECTIVES = 12;
    public static final int OBJECTIVE_LENGTH = 300;
    public static final int MAX_LANGUAGES = 10;
    public static final int MAX_DURATION_MINUTES = 6_000;
    public static final int MAX_VALIDITY_MONTHS = 120;

    public ModuleContent {
        title = Check.name("title", title);
        summary = Check.text("summary", Check.present("summary", summary), Check.SHORT_TEXT_LENGTH);
        easySummary = Check.text("easySummary", easySummary, Check.SHORT_TEXT_LENGTH);
        topics = enums("topics", topics, Topic.class, Topic.values().length);
        if (topics.isEmpty()) {
            throw new InvalidInput("topics", "required", "a module covers at least one topic", "topics");
        }
        Check.present("level", level);
        objectives = objectives == null ? List.of() : List.copyOf(Check.size("objectives", objectives, MAX_OBJECTIVES));
        for (String objective : objectives) {
            oneLine("objectives", Check.text("objectives", Check.present("objectives", objective), OBJECTIVE_LENGTH));
        }
        objectives = objectives.stream().map(String::strip).toList();
        outline = Check.text("outline", outline, Check.LONG_TEXT_LENGTH);
        Check.range("durationMinutes", durationMinutes, 1, MAX_DURATION_MINUTES);
        formats = enums("formats", formats, TrainingFormat.class, TrainingFormat.values().length);
        if (formats.isEmpty()) {
            throw new InvalidInput("formats", "required", "a module has at least one format", "formats");
        }
        languages = languages(languages);
        provider = provider == null ? Provider.internal() : provider;
        Check.range("validityMonths", validityMonths, 1, MAX_VALIDITY_MONTHS);
        toolCategories = enums("toolCategories", toolCategories, ToolCategory.class, ToolCategory.values().length);
        if (policyId != null && !topics.contains(Topic.OUR_POLICY)) {
            throw new RuleViolation(
                    "policy-needs-our-policy-topic", "a module linked to a policy covers the topic OUR_POLICY");
        }
    }

    private static <E extends Enum<E>> Set<E> enums(String field, Set<E> values, Class<E> type, int max) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        Check.size(field, values, max);
        return Set.copyOf(EnumSet.copyOf(values));
    }

    private static Set<String> languages(Set<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new InvalidInput("languages", "required", "a module is given in at least one language", "languages");
        }
        Check.size("languages", codes, MAX_LANGUAGES);
        Set<String> checked = new TreeSet<>();
        for (String code : codes) {
            if (code == null || !code.strip().matches("[a-z]{2}")) {
                throw new InvalidInput(
                        "languages", "language-code", "languages are ISO 639-1 codes such as fr", "languages");
            }
            checked.add(code.strip());
        }
        return Set.copyOf(checked);
    }

    private static void oneLine(String field, String text) {
        if (text.contains("\n") || text.contains("\r")) {
            throw new InvalidInput(field, "one-line", field + " are one line each", field);
        }
    }

    /** The record of a learner who completes this content on {@code completedOn} is valid until that day (none: no expiry). */
    public LocalDate validUntil(LocalDate completedOn) {
        return validityMonths == null ? null : completedOn.plusMonths(validityMonths);
    }
}
