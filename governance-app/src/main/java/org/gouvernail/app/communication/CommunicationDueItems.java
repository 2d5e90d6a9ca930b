package org.gouvernail.app.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gouvernail.domain.communication.CommunicationAction;
import org.gouvernail.domain.communication.port.out.CommunicationActions;
import org.gouvernail.domain.communication.port.out.CommunicationPlans;
import org.gouvernail.domain.communication.port.out.CommunicationPlans.ConsultationDue;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;

/**
 * Due-items source of the communication plans: an open action (PLANNED or READY) is due to its
 * sender on its planned date; the consultation of worker representatives a plan owes is due to the
 * organisation's ADMINs on its due date until an action carrying it is done. Two statements per
 * call, whatever the number of memberships, plans or actions.
 */
@ApplicationScoped
public class CommunicationDueItems implements DueItemSource {

    static final String SEND = "communication-action.send";
    static final String CONSULT = "communication-plan.consult-representatives";

    private final CommunicationPlans plans;
    private final CommunicationActions actions;
    private final Clock clock;

    public CommunicationDueItems(CommunicationPlans plans, CommunicationActions actions, Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        List<Membership> active =
                memberships.stream().filter(Membership::isActive).toList();
        List<OrganisationId> administered = active.stream()
                .filter(member -> member.holdsAny(Role.ADMINS))
                .map(Membership::organisationId)
                .toList();
        List<DueItem> items = new ArrayList<>();
        actions.openSentBy(active.stream().map(Membership::id).toList(), dayAfter(until), limit)
                .forEach(action -> items.add(sending(action)));
        plans.consultationsDue(administered, dayAfter(until), limit).forEach(due -> items.add(consulting(due)));
        return soonest(items, until, limit);
    }

    @Override
    @Transactional
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        List<DueItem> items = new ArrayList<>();
        actions.openIn(organisationId, dayAfter(until), limit).forEach(action -> items.add(sending(action)));
        plans.consultationsDue(List.of(organisationId), dayAfter(until), limit)
                .forEach(due -> items.add(consulting(due)));
        return soonest(items, until, limit);
    }

    private DueItem sending(CommunicationAction action) {
        return new DueItem(
                action.organisationId(),
                SEND,
                "COMMUNICATION_ACTION",
                action.id().value(),
                shortened(action.details().keyMessage()),
                startOf(action.details().plannedDate()),
                Assignee.member(action.details().senderId()),
                "/api/v1/organisations/" + action.organisationId() + "/communication-plans/" + action.planId()
                        + "/actions/" + action.id());
    }

    private DueItem consulting(ConsultationDue due) {
        return new DueItem(
                due.plan().organisationId(),
                CONSULT,
                "COMMUNICATION_PLAN",
                due.plan().id().value(),
                due.plan().details().title(),
                startOf(due.dueOn()),
                Assignee.anyOf(Role.ADMINS),
                "/api/v1/organisations/" + due.plan().organisationId() + "/communication-plans/"
                        + due.plan().id() + "/review");
    }

    private static List<DueItem> soonest(List<DueItem> items, Instant until, int limit) {
        return items.stream()
                .filter(item -> item.dueAt().isBefore(until))
                .sorted(Comparator.comparing(DueItem::dueAt))
                .limit(limit)
                .toList();
    }

    /** The first day not to read: the query compares dates, the items' instants are filtered after. */
    private LocalDate dayAfter(Instant until) {
        return LocalDate.ofInstant(until, clock.getZone()).plusDays(1);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** The key message's first line, cut to a title's length. */
    private static String shortened(String message) {
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }
}
