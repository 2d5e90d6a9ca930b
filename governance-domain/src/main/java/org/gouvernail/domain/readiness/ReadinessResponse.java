package org.gouvernail.domain.readiness;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Aggregate: one member's answers to one campaign, for the group they answer as. A member answers for
 * themself only, and may change their answers while the campaign is open; nobody else reads them one by one.
 */
public record ReadinessResponse(
        ResponseId id,
        OrganisationId organisationId,
        CampaignId campaignId,
        MemberId respondent,
        RespondentGroup group,
        List<Answer> answers,
        Instant submittedAt,
        long version) {

    public ReadinessResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(group, "group");
        answers = List.copyOf(answers);
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /** Checks the answers against the framework: known questions, each at most once. */
    public static List<Answer> checked(ReadinessFramework framework, List<Answer> answers) {
        Objects.requireNonNull(answers, "answers");
        if (answers.isEmpty()) {
            throw new InvalidInput("answers", "required", "a response answers at least one question", "answers");
        }
        Set<String> seen = new HashSet<>();
        for (Answer answer : answers) {
            if (framework.question(answer.question()).isEmpty()) {
                throw new InvalidInput(
                        "answers.question",
                        "unknown-question",
                        "no question " + answer.question() + " in framework " + framework.version(),
                        answer.question());
            }
            if (!seen.add(answer.question())) {
                throw new InvalidInput(
                        "answers.question",
                        "duplicate-question",
                        "question " + answer.question() + " answered twice",
                        answer.question());
            }
        }
        return answers;
    }

    public ReadinessResponse replaced(RespondentGroup newGroup, List<Answer> newAnswers, Instant now) {
        return new ReadinessResponse(id, organisationId, campaignId, respondent, newGroup, newAnswers, now, version);
    }
}
