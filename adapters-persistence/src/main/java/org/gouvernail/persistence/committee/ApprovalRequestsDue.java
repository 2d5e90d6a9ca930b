package org.gouvernail.persistence.committee;

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
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.gouvernail.persistence.shared.DueItemQuery;

/**
 * Persistence adapter, due items of the committee: the approval requests awaiting a decision, which
 * the governors (ADMIN, COMMITTEE) record. A request sets no deadline: its item has none, oldest first.
 */
@ApplicationScoped
public class ApprovalRequestsDue implements DueItemSource {

    public static final String KIND = "approval-request.decide";

    private static final String SQL = """
            select r.organisation_id, r.id, r.title from approval_request r
            where r.status = 'PENDING' and %s
            order by r.created_at, r.id""";

    private final EntityManager entityManager;

    ApprovalRequestsDue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        return DueItemQuery.of(entityManager, SQL.formatted("r.organisation_id in (:organisations)"))
                .withIds("organisations", DueItemQuery.organisationsWhereHolding(memberships, Role.GOVERNORS))
                .list(limit, ApprovalRequestsDue::item);
    }

    @Override
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return DueItemQuery.of(entityManager, SQL.formatted("r.organisation_id = :organisation"))
                .with("organisation", organisationId.toString())
                .list(limit, ApprovalRequestsDue::item);
    }

    private static DueItem item(Object[] row) {
        OrganisationId organisation = organisation(row[0]);
        return new DueItem(
                organisation,
                KIND,
                "APPROVAL_REQUEST",
                uuid(row[1]),
                text(row[2]),
                null,
                Assignee.anyOf(Role.GOVERNORS),
                "/api/v1/organisations/" + organisation + "/approval-requests/" + uuid(row[1]));
    }
}
