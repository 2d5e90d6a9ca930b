package org.gouvernail.persistence.risk;

import static org.gouvernail.persistence.shared.DueItemQuery.day;
import static org.gouvernail.persistence.shared.DueItemQuery.organisation;
import static org.gouvernail.persistence.shared.DueItemQuery.text;
import static org.gouvernail.persistence.shared.DueItemQuery.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.Deadlines;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.gouvernail.persistence.shared.DueItemQuery;

/**
 * Persistence adapter, due items of the risk register: the risks not closed whose next review date
 * comes, for their owner, or for the governors when nobody owns the risk.
 */
@ApplicationScoped
public class RiskReviewsDue implements DueItemSource {

    public static final String KIND = "risk.review";

    private static final String SQL = """
            select r.organisation_id, r.id, r.title, r.next_review_date, r.owner_id from risk r
            where r.status <> 'CLOSED' and r.next_review_date is not null and r.next_review_date <= :last and %s
            order by r.next_review_date, r.id""";

    private final EntityManager entityManager;

    RiskReviewsDue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        return DueItemQuery.of(
                        entityManager,
                        SQL.formatted("(r.owner_id in (:members)"
                                + " or (r.owner_id is null and r.organisation_id in (:governed)))"))
                .withIds("members", DueItemQuery.members(memberships))
                .withIds("governed", DueItemQuery.organisationsWhereHolding(memberships, Role.GOVERNORS))
                .with("last", DueItemQuery.lastDay(until))
                .list(limit, RiskReviewsDue::item);
    }

    @Override
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return DueItemQuery.of(entityManager, SQL.formatted("r.organisation_id = :organisation"))
                .with("organisation", organisationId.toString())
                .with("last", DueItemQuery.lastDay(until))
                .list(limit, RiskReviewsDue::item);
    }

    /** The owner, or the governors for a risk nobody owns. */
    static Assignee owner(Object column) {
        return column == null ? Assignee.anyOf(Role.GOVERNORS) : Assignee.member(new MemberId(uuid(column)));
    }

    private static DueItem item(Object[] row) {
        OrganisationId organisation = organisation(row[0]);
        return new DueItem(
                organisation,
                KIND,
                "RISK",
                uuid(row[1]),
                text(row[2]),
                Deadlines.endOf(day(row[3])),
                owner(row[4]),
                "/api/v1/organisations/" + organisation + "/risks/" + uuid(row[1]));
    }
}
