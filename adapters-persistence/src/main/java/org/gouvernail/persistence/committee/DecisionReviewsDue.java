package org.gouvernail.persistence.committee;

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
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.Deadlines;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.gouvernail.persistence.shared.DueItemQuery;

/**
 * Persistence adapter, due items of the committee: the decisions whose review date comes, and that
 * no later decision revised yet, for the governors. The title is the decided subject's name where
 * the decision points to one (a tool, a use case, a risk, a request).
 */
@ApplicationScoped
public class DecisionReviewsDue implements DueItemSource {

    public static final String KIND = "decision.review";

    private static final String SQL = """
            select d.organisation_id, d.id, d.review_date,
                   coalesce(r.title, t.name, u.title, k.title, d.subject) as title
            from decision d
            left join approval_request r on r.id = d.request_id
            left join ai_tool t on d.subject = 'TOOL' and t.id = d.subject_id
            left join use_case u on d.subject = 'USE_CASE' and u.id = d.subject_id
            left join risk k on d.subject = 'RISK_ACCEPTANCE' and k.id = d.subject_id
            where d.review_date is not null and d.review_date <= :last and %s
              and not exists (select 1 from decision later where later.revises = d.id)
            order by d.review_date, d.id""";

    private final EntityManager entityManager;

    DecisionReviewsDue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        return DueItemQuery.of(entityManager, SQL.formatted("d.organisation_id in (:organisations)"))
                .withIds("organisations", DueItemQuery.organisationsWhereHolding(memberships, Role.GOVERNORS))
                .with("last", DueItemQuery.lastDay(until))
                .list(limit, DecisionReviewsDue::item);
    }

    @Override
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return DueItemQuery.of(entityManager, SQL.formatted("d.organisation_id = :organisation"))
                .with("organisation", organisationId.toString())
                .with("last", DueItemQuery.lastDay(until))
                .list(limit, DecisionReviewsDue::item);
    }

    private static DueItem item(Object[] row) {
        OrganisationId organisation = organisation(row[0]);
        return new DueItem(
                organisation,
                KIND,
                "DECISION",
                uuid(row[1]),
                text(row[3]),
                Deadlines.endOf(day(row[2])),
                Assignee.anyOf(Role.GOVERNORS),
                "/api/v1/organisations/" + organisation + "/decisions/" + uuid(row[1]));
    }
}
