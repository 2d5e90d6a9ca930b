package org.gouvernail.app.incident;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.gouvernail.domain.incident.DutyCode;
import org.gouvernail.domain.incident.PendingDuty;
import org.gouvernail.domain.incident.port.out.Incidents;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;

/**
 * Due-item source of the incident log: the pending duties with a clock (GDPR art. 33(1) within 72 h,
 * AI Act art. 26(5) immediately), assigned to ADMIN, COMMITTEE and DATA_REFERENT. One statement per call.
 */
@ApplicationScoped
public class IncidentDueItems implements DueItemSource {

    private final Incidents incidents;

    public IncidentDueItems(Incidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        List<OrganisationId> handled = memberships.stream()
                .filter(member -> member.isActive() && member.holdsAny(Role.REVIEWERS))
                .map(Membership::organisationId)
                .distinct()
                .toList();
        return due(handled, until, limit);
    }

    @Override
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return due(List.of(organisationId), until, limit);
    }

    private List<DueItem> due(List<OrganisationId> organisations, Instant until, int limit) {
        return incidents.pendingDuties(organisations, until, limit).stream()
                .map(IncidentDueItems::item)
                .toList();
    }

    static String kind(DutyCode code) {
        return switch (code) {
            case GDPR_33_1_NOTIFY_AUTHORITY -> "incident.notify-authority";
            case AI_ACT_26_5_INFORM_PROVIDER -> "incident.inform-provider";
            case GDPR_33_5_REGISTER -> "incident.register";
            case GDPR_34_INFORM_PEOPLE -> "incident.inform-people";
            case VENDOR_ACTIONS -> "incident.vendor-actions";
        };
    }

    private static DueItem item(PendingDuty duty) {
        return new DueItem(
                duty.organisationId(),
                kind(duty.code()),
                "INCIDENT",
                duty.incidentId().value(),
                duty.title(),
                duty.dueAt(),
                Assignee.anyOf(Role.REVIEWERS),
                "/api/v1/organisations/" + duty.organisationId() + "/incidents/" + duty.incidentId());
    }
}
