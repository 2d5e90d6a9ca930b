package org.gouvernail.persistence.risk;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.risk.ActionDetails;
import org.gouvernail.domain.risk.ActionId;
import org.gouvernail.domain.risk.ActionStatus;
import org.gouvernail.domain.risk.MitigationAction;

/**
 * Row of table risk_action, keyed by the action's id in its risk's map: one mitigation action. Its
 * version is its risk's; equality by value lets the risk rewrite only the actions that changed.
 */
@Embeddable
public class ActionRow {

    public UUID organisationId;
    public String title;
    public UUID ownerId;
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public ActionStatus status;

    static ActionRow of(UUID organisationId, ActionDetails details) {
        ActionRow row = new ActionRow();
        row.organisationId = organisationId;
        row.title = details.title();
        row.ownerId = details.ownerId() == null ? null : details.ownerId().value();
        row.dueDate = details.dueDate();
        row.status = details.status();
        return row;
    }

    MitigationAction toDomain(UUID id) {
        return new MitigationAction(
                new ActionId(id),
                new ActionDetails(title, ownerId == null ? null : new MemberId(ownerId), dueDate, status));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActionRow row
                && Objects.equals(organisationId, row.organisationId)
                && Objects.equals(title, row.title)
                && Objects.equals(ownerId, row.ownerId)
                && Objects.equals(dueDate, row.dueDate)
                && status == row.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, title, ownerId, dueDate, status);
    }
}
