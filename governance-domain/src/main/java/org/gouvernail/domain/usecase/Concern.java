package org.gouvernail.domain.usecase;

import java.util.List;
import java.util.Objects;

/**
 * Value: a concern the values check raises from the answers (never typed in): its stable code
 * (worded by adapters), theme, level, the questions it comes from, the follow-ups it suggests, and
 * the team's response once given.
 */
public record Concern(
        String code,
        ValuesTheme theme,
        ConcernLevel level,
        List<String> questions,
        List<FollowUp> followUps,
        String response) {

    public Concern {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(level, "level");
        questions = List.copyOf(questions);
        followUps = List.copyOf(followUps);
    }

    public boolean answered() {
        return response != null;
    }

    /** A SERIOUS concern without the team's response: the committee must acknowledge the check to approve. */
    public boolean blocking() {
        return level == ConcernLevel.SERIOUS && !answered();
    }
}
