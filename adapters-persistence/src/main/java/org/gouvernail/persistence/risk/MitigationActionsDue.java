package org.gouvernail.persistence.risk;

import static org.gouvernail.persistence.shared.DueItemQuery.day;
import static org.gouvernail.persistence.shared.DueItemQuery.organisation;
import static org.gouvernail.persistence.shared.DueItemQuery.text;
import static org.gouvernail.persistence.shared.DueItemQuery.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Deadlines;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.gouvernail.persistence.shared.DueItemQuery;

/**
 * Persistence adapter, due items of the risk register: the mitigation actions not settled (neither
 * DONE nor CANCELLED) of risks not closed, whose due date comes or has passed, for their owner, or
 * for the governors when nobody owns the action. An action without a due date is no item.
 */
@ApplicationScoped
public class MitigationActionsDue implements DueItemSource {

    public static final String KIND = "risk-action.complete";

    private static final String SQL = """
            select a.organisation_id, a.id, a.title, a.due_date, a.owner_id, a.risk_id from risk_action a
            join risk r on r.id = a.risk_id
            where a.status in ('PLANNED', 'IN_PROGRESS') and r.status <> 'CLOSED'
              and a.due_date is not null and a.due_date <= :last and %s
            order by a.due_date, a.id""";

    private final EntityManager entityManager;

    MitigationActionsDue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        return DueItemQuery.of(
                        entityManager,
                        SQL.formatted("(a.owner_id in (:members)"
                                + " or (a.owner_id is null and a.organisation_id in (:governed)))"))
                .withIds("members", DueItemQuery.members(memberships))
                .withIds("governed", DueItemQuery.organisationsWhereHolding(memberships, Role.GOVERNORS))
                .with("last", DueItemQuery.lastDay(until))
                .list(limit, MitigationActionsDue::item);
    }

    @Override
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return DueItemQuery.of(entityManager, SQL.formatted("a.organisation_id = :organisation"))
                .with("organisation", organisationId.toString())
                .with("last", DueItemQuery.lastDay(until))
                .list(limit, MitigationActionsDue::item);
    }

    private static DueItem item(Object[] row) {
        OrganisationId organisation = organisation(row[0]);
        return new DueItem(
                organisation,
                KIND,
                "RISK_ACTION",
                uuid(row[1]),
                text(row[2]),
                Deadlines.endOf(day(row[3])),
                RiskReviewsDue.owner(row[4]),
                "/api/v1/organisations/" + organisation + "/risks/" + uuid(row[5]) + "/actions/" + uuid(row[1]));
    }
}
