package org.gouvernail.app.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gouvernail.domain.incident.IncidentAction;
import org.gouvernail.domain.incident.port.out.IncidentActions;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;

/**
 * Due-item source of the incidents' response plans: an OPEN action is due to its owner at the start
 * of its due date (in the application's zone), until it is done or cancelled. One statement per
 * call, whatever the number of memberships or actions.
 */
@ApplicationScoped
public class IncidentActionDueItems implements DueItemSource {

    static final String KIND = "incident-action.do";

    private final IncidentActions actions;
    private final Clock clock;

    public IncidentActionDueItems(IncidentActions actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        List<MemberId> owners = memberships.stream()
                .filter(Membership::isActive)
                .map(Membership::id)
                .toList();
        if (owners.isEmpty()) {
            return List.of();
        }
        return items(actions.openOwnedBy(owners, day(until), limit), until);
    }

    @Override
    @Transactional
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return items(actions.openIn(organisationId, day(until), limit), until);
    }

    private List<DueItem> items(List<IncidentAction> open, Instant until) {
        return open.stream()
                .map(this::item)
                .filter(item -> !item.dueAt().isAfter(until))
                .toList();
    }

    private DueItem item(IncidentAction action) {
        return new DueItem(
                action.organisationId(),
                KIND,
                "INCIDENT_ACTION",
                action.id().value(),
                action.title(),
                action.dueOn().atStartOfDay(clock.getZone()).toInstant(),
                Assignee.member(action.ownerId()),
                "/api/v1/organisations/" + action.organisationId() + "/incidents/" + action.incidentId() + "/actions/"
                        + action.id());
    }

    private LocalDate day(Instant until) {
        return LocalDate.ofInstant(until, clock.getZone());
    }
}
