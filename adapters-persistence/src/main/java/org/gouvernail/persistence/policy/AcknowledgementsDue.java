package org.gouvernail.persistence.policy;

import static org.gouvernail.persistence.shared.DueItemQuery.instant;
import static org.gouvernail.persistence.shared.DueItemQuery.organisation;
import static org.gouvernail.persistence.shared.DueItemQuery.text;
import static org.gouvernail.persistence.shared.DueItemQuery.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.Deadlines;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.gouvernail.persistence.shared.DueItemQuery;

/**
 * Persistence adapter, due items of the policies: every active member acknowledges every published
 * version, within {@link Deadlines#ACKNOWLEDGE_WITHIN} of its publication, or of their own arrival
 * when they joined afterwards. One item per member and version not acknowledged yet.
 */
@ApplicationScoped
public class AcknowledgementsDue implements DueItemSource {

    public static final String KIND = "policy-version.acknowledge";

    private static final String SQL = """
            select v.organisation_id, v.id, v.policy_id, v.number, p.title, m.id,
                   greatest(v.published_at, m.created_at) as since
            from policy_version v
            join policy p on p.id = v.policy_id
            join membership m on m.organisation_id = v.organisation_id and m.status = 'ACTIVE'
            where v.status = 'PUBLISHED' and %s
              and greatest(v.published_at, m.created_at) <= :since
              and not exists (select 1 from policy_acknowledgement a where a.version_id = v.id and a.member_id = m.id)
            order by since, v.id, m.id""";

    private final EntityManager entityManager;

    AcknowledgementsDue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        return DueItemQuery.of(entityManager, SQL.formatted("m.id in (:members)"))
                .withIds("members", DueItemQuery.members(memberships))
                .with("since", until.minus(Deadlines.ACKNOWLEDGE_WITHIN))
                .list(limit, AcknowledgementsDue::item);
    }

    @Override
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return DueItemQuery.of(entityManager, SQL.formatted("v.organisation_id = :organisation"))
                .with("organisation", organisationId.value().toString())
                .with("since", until.minus(Deadlines.ACKNOWLEDGE_WITHIN))
                .list(limit, AcknowledgementsDue::item);
    }

    private static DueItem item(Object[] row) {
        OrganisationId organisation = organisation(row[0]);
        return new DueItem(
                organisation,
                KIND,
                "POLICY_VERSION",
                uuid(row[1]),
                text(row[4]),
                instant(row[6]).plus(Deadlines.ACKNOWLEDGE_WITHIN),
                Assignee.member(new MemberId(uuid(row[5]))),
                "/api/v1/organisations/" + organisation + "/policies/" + uuid(row[2]) + "/versions/" + row[3]);
    }
}
