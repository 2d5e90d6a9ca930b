package org.gouvernail.persistence.readiness;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.readiness.Answer;
import org.gouvernail.domain.readiness.CampaignId;
import org.gouvernail.domain.readiness.ReadinessResponse;
import org.gouvernail.domain.readiness.RespondentGroup;
import org.gouvernail.domain.readiness.ResponseId;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table readiness_response; the answers as "code=stage" pairs, "?" for "I don't know". */
@Entity
@Table(name = "readiness_response")
public class ReadinessResponseEntity {

    private static final String DONT_KNOW = "?";

    @Id
    public UUID id;

    public UUID organisationId;
    public UUID campaignId;
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    public RespondentGroup respondentGroup;

    public String answers;
    public Instant submittedAt;

    @Version
    public long version;

    static ReadinessResponseEntity from(ReadinessResponse response) {
        ReadinessResponseEntity entity = new ReadinessResponseEntity();
        entity.id = response.id().value();
        entity.organisationId = response.organisationId().value();
        entity.campaignId = response.campaignId().value();
        entity.memberId = response.respondent().value();
        entity.version = response.version();
        entity.apply(response);
        return entity;
    }

    void apply(ReadinessResponse response) {
        respondentGroup = response.group();
        answers = encode(response.answers());
        submittedAt = response.submittedAt();
    }

    ReadinessResponse toDomain() {
        return new ReadinessResponse(
                new ResponseId(id),
                new OrganisationId(organisationId),
                new CampaignId(campaignId),
                new MemberId(memberId),
                respondentGroup,
                decode(answers),
                submittedAt,
                version);
    }

    static String encode(List<Answer> answers) {
        return answers.stream()
                .map(answer -> answer.question() + "="
                        + (answer.known() ? answer.stage().toString() : DONT_KNOW))
                .collect(Collectors.joining(","));
    }

    static List<Answer> decode(String text) {
        return Arrays.stream(text.split(","))
                .map(pair -> pair.split("=", 2))
                .map(pair -> new Answer(pair[0], DONT_KNOW.equals(pair[1]) ? null : Integer.valueOf(pair[1])))
                .toList();
    }
}
