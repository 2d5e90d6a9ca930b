package org.gouvernail.domain.communication;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Read model: an action the plan should hold and does not yet, with a message to start from in the
 * organisation's language. Accepting one is planning an action with these fields (POST …/actions).
 *
 * @param kind CONSULTATION, JOBS_MESSAGE, POLICY_ANNOUNCEMENT or TOOL_ANNOUNCEMENT
 * @param dueOn the date it is due by, when a rule sets one
 * @param late the due date has passed
 */
public record Proposal(
        String kind,
        List<Target> targets,
        ChangeStage stage,
        Set<Concern> concerns,
        String template,
        String keyMessage,
        String easyToRead,
        LegalBasis legalBasis,
        LocalDate dueOn,
        boolean late,
        List<LinkedSubject> subjects) {

    public Proposal {
        targets = List.copyOf(targets);
        concerns = Set.copyOf(concerns);
        subjects = List.copyOf(subjects);
    }
}
