package org.gouvernail.domain.transparency;

import java.util.List;

/**
 * Value: the optional facts an organisation chooses to publish, each null when not chosen.
 * {@code literacyCoverage}: the share of active members, in percent, who hold a counting training
 * record (the dashboard's indicator {@code literacy.coverage}, same definition);
 * {@code incidentsLast12Months}: incidents and near misses detected in the twelve months before the
 * draft, and {@code lessonsLearned} the first line of the lessons learned of those closed (at most
 * {@value #MAX_LESSONS}, no line naming a member).
 */
public record StatementFacts(Integer literacyCoverage, Integer incidentsLast12Months, List<String> lessonsLearned) {

    public static final int MAX_LESSONS = 10;
    public static final int LESSON_LENGTH = 200;

    public StatementFacts {
        lessonsLearned = lessonsLearned == null ? List.of() : List.copyOf(lessonsLearned);
    }

    boolean empty() {
        return literacyCoverage == null && incidentsLast12Months == null;
    }
}
