package org.gouvernail.domain.training;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.Localized;

/**
 * Value: a module of the starter catalogue, in every language its texts are written in; an
 * organisation copies it ({@link #content(Language)}) and adapts the copy.
 *
 * @param objectives the learning objectives, one per line
 */
public record CatalogueModule(
        String id,
        String code,
        Localized title,
        Localized summary,
        Localized easySummary,
        Localized objectives,
        Localized outline,
        Set<Topic> topics,
        ModuleLevel level,
        int durationMinutes,
        Set<TrainingFormat> formats,
        Set<String> languages,
        Provider provider,
        Integer validityMonths,
        Set<ToolCategory> toolCategories,
        boolean newVersionRequiresRefresh) {

    public CatalogueModule {
        Objects.requireNonNull(id, "id");
        TrainingModule.code(code);
        topics = Set.copyOf(topics);
        formats = Set.copyOf(formats);
        languages = Set.copyOf(languages);
        toolCategories = Set.copyOf(toolCategories);
    }

    /** The entry, once it makes a valid module in every language: checked when the catalogue loads. */
    CatalogueModule checkedInEveryLanguage() {
        for (Language language : Language.values()) {
            content(language);
        }
        return this;
    }

    public boolean external() {
        return provider.kind() == ProviderKind.EXTERNAL;
    }

    public List<String> objectives(Language language) {
        return Arrays.stream(objectives.in(language).split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** The content of a copy in {@code language} (French where a text is not written in it). */
    public ModuleContent content(Language language) {
        return new ModuleContent(
                title.in(language),
                summary.in(language),
                easySummary.in(language),
                topics,
                level,
                objectives(language),
                outline.in(language),
                durationMinutes,
                formats,
                languages,
                provider,
                validityMonths,
                null,
                toolCategories,
                newVersionRequiresRefresh);
    }
}
