package org.gouvernail.domain.training;

import java.time.LocalDate;
import java.util.Set;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: the editable part of a training session: the modules followed together, the day, how long,
 * how, in which language, who trains, where and for how many people.
 */
public record SessionDetails(
        String title,
        Set<TrainingModuleId> moduleIds,
        LocalDate date,
        int durationMinutes,
        TrainingFormat format,
        String language,
        String trainer,
        String place,
        Integer capacity) {

    public static final int MAX_MODULES = 10;
    public static final int MAX_CAPACITY = 10_000;

    public SessionDetails {
        title = Check.name("title", title);
        moduleIds = Set.copyOf(Check.size("moduleIds", Check.present("moduleIds", moduleIds), MAX_MODULES));
        if (moduleIds.isEmpty()) {
            throw new InvalidInput("moduleIds", "required", "a session covers at least one module", "moduleIds");
        }
        Check.present("date", date);
        Check.range("durationMinutes", durationMinutes, 1, ModuleContent.MAX_DURATION_MINUTES);
        Check.present("format", format);
        language = Check.present("language", language).strip();
        if (!language.matches("[a-z]{2}")) {
            throw new InvalidInput("language", "language-code", "language is an ISO 639-1 code such as fr", "language");
        }
        trainer = Check.text("trainer", trainer, Check.NAME_LENGTH);
        place = Check.text("place", place, Check.NAME_LENGTH);
        Check.range("capacity", capacity, 1, MAX_CAPACITY);
    }
}
