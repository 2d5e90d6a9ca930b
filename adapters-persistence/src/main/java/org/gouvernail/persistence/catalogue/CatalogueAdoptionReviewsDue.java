package org.gouvernail.persistence.catalogue;

import static org.gouvernail.persistence.shared.DueItemQuery.organisation;
import static org.gouvernail.persistence.shared.DueItemQuery.text;
import static org.gouvernail.persistence.shared.DueItemQuery.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.gouvernail.domain.catalogue.CatalogueAdoption;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.gouvernail.persistence.shared.DueItemQuery;

/**
 * Persistence adapter, due items of the shared catalogue: the member's tools adopted from an entry
 * whose revision is above the one the member last reviewed (a re-assessment or a deprecation
 * upstream), for its ADMIN and COMMITTEE, without deadline (see {@link CatalogueAdoption#reviewItem}).
 * One query joining adoptions to entries; oldest adoption first.
 */
@ApplicationScoped
public class CatalogueAdoptionReviewsDue implements DueItemSource {

    private static final String SQL = """
            select a.organisation_id, a.tool_id, t.name
            from catalogue_adoption a
            join catalogue_entry e on e.id = a.entry_id
            join ai_tool t on t.id = a.tool_id
            where e.revision > a.revision_seen and %s
            order by a.adopted_at, a.tool_id""";

    private final EntityManager entityManager;

    CatalogueAdoptionReviewsDue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        return DueItemQuery.of(entityManager, SQL.formatted("a.organisation_id in (:organisations)"))
                .withIds(
                        "organisations",
                        DueItemQuery.organisationsWhereHolding(memberships, CatalogueAdoption.REVIEWERS))
                .list(limit, CatalogueAdoptionReviewsDue::item);
    }

    @Override
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return DueItemQuery.of(entityManager, SQL.formatted("a.organisation_id = :organisation"))
                .with("organisation", organisationId.toString())
                .list(limit, CatalogueAdoptionReviewsDue::item);
    }

    private static DueItem item(Object[] row) {
        OrganisationId organisation = organisation(row[0]);
        return new DueItem(
                organisation,
                CatalogueAdoption.REVIEW_KIND,
                "TOOL",
                uuid(row[1]),
                text(row[2]),
                null,
                Assignee.anyOf(CatalogueAdoption.REVIEWERS),
                "/api/v1/organisations/" + organisation + "/tools/" + uuid(row[1]));
    }
}
