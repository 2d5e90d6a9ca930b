package org.gouvernail.app.training;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.gouvernail.domain.training.LiteracyStanding.Obligation;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.port.in.LiteracyPlanning.Learning;

/**
 * Due-item source of the literacy requirements: {@code literacy-requirement.follow}, a module a
 * MANDATORY requirement asks of a person and that they have not done (or no longer validly), due on
 * the day the requirement sets, assigned to that person. Computed from the requirements and the
 * records, never stored: a new member, a tool use, a new policy version or a record changes it at once.
 * A fixed number of statements over all the organisations asked about (IN-list queries), whatever
 * their number and size.
 */
@ApplicationScoped
public class LiteracyDueItems implements DueItemSource {

    private final LiteracyPlanningService planning;

    public LiteracyDueItems(LiteracyPlanningService planning) {
        this.planning = planning;
    }

    @Override
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        List<Membership> active =
                memberships.stream().filter(Membership::isActive).toList();
        List<DueItem> items = new ArrayList<>();
        for (Learning learning : planning.learning(active, LiteracyPlanningService.MAX)) {
            items.addAll(items(learning));
        }
        return sorted(items, until, limit);
    }

    @Override
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return planning.obligationsIn(organisationId)
                .map(learning -> sorted(items(learning), until, limit))
                .orElse(List.of());
    }

    /** One item per person and module, the soonest of the requirements that ask it. */
    private static List<DueItem> items(Learning learning) {
        Map<String, Obligation> soonest = new LinkedHashMap<>();
        for (Obligation obligation : LiteracyPlanningService.unmetMandatory(learning.obligations())) {
            soonest.merge(
                    obligation.memberId() + "/" + obligation.moduleId(),
                    obligation,
                    (a, b) -> a.dueOn().isAfter(b.dueOn()) ? b : a);
        }
        List<DueItem> items = new ArrayList<>();
        for (Obligation obligation : soonest.values()) {
            TrainingModuleId moduleId = obligation.moduleId();
            TrainingModule module = learning.modules().get(moduleId);
            OrganisationId organisation = learning.organisationId();
            items.add(new DueItem(
                    organisation,
                    "literacy-requirement.follow",
                    "TRAINING_MODULE",
                    moduleId.value(),
                    module == null ? "" : module.content().title(),
                    obligation.dueOn().atStartOfDay(ZoneOffset.UTC).toInstant(),
                    Assignee.member(new MemberId(obligation.memberId().value())),
                    "/api/v1/organisations/" + organisation + "/training-modules/" + moduleId));
        }
        return items;
    }

    private static List<DueItem> sorted(List<DueItem> items, Instant until, int limit) {
        return items.stream()
                .filter(item -> !item.dueAt().isAfter(until))
                .sorted(Comparator.comparing(DueItem::dueAt))
                .limit(limit)
                .toList();
    }
}
