package org.gouvernail.persistence.committee;

import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.committee.AgendaItem;

/**
 * Row of table meeting_agenda_item, at its position in its meeting's list: one agenda item. Its
 * version is the meeting's; equality by value lets the meeting rewrite only the positions that
 * changed. The organisation is repeated for the composite foreign key to the meeting.
 */
@Embeddable
public class AgendaRow {

    public UUID organisationId;
    public String title;
    public UUID requestId;
    public UUID useCaseId;
    public UUID toolId;
    public UUID riskId;
    public UUID policyVersionId;
    public UUID reviewId;

    static AgendaRow of(UUID organisationId, AgendaItem item) {
        AgendaRow row = new AgendaRow();
        row.organisationId = organisationId;
        row.title = item.title();
        row.requestId = item.requestId();
        row.useCaseId = item.useCaseId();
        row.toolId = item.toolId();
        row.riskId = item.riskId();
        row.policyVersionId = item.policyVersionId();
        row.reviewId = item.reviewId();
        return row;
    }

    AgendaItem toDomain() {
        return new AgendaItem(title, requestId, useCaseId, toolId, riskId, policyVersionId, reviewId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgendaRow row
                && Objects.equals(organisationId, row.organisationId)
                && Objects.equals(title, row.title)
                && Objects.equals(requestId, row.requestId)
                && Objects.equals(useCaseId, row.useCaseId)
                && Objects.equals(toolId, row.toolId)
                && Objects.equals(riskId, row.riskId)
                && Objects.equals(policyVersionId, row.policyVersionId)
                && Objects.equals(reviewId, row.reviewId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, title, requestId, useCaseId, toolId, riskId, policyVersionId, reviewId);
    }
}
