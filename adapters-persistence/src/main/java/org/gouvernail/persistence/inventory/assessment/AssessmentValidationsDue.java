package org.gouvernail.persistence.inventory.assessment;

import static org.gouvernail.persistence.shared.DueItemQuery.flag;
import static org.gouvernail.persistence.shared.DueItemQuery.organisation;
import static org.gouvernail.persistence.shared.DueItemQuery.text;
import static org.gouvernail.persistence.shared.DueItemQuery.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.gouvernail.persistence.shared.DueItemQuery;

/**
 * Persistence adapter, due items of the vendor assessments: the submitted ones awaiting validation.
 * An assessment of a tool touching personal data is validated by the data protection referent
 * (VendorAssessment#validators), any other by a reviewer. No deadline: oldest submission first.
 */
@ApplicationScoped
public class AssessmentValidationsDue implements DueItemSource {

    public static final String KIND = "assessment.validate";

    private static final String SQL = """
            select a.organisation_id, a.id, t.name,
                   exists (select 1 from vendor_assessment_data_category c
                           where c.assessment_id = a.id and c.data_category in (:personal)) as personal
            from vendor_assessment a
            join ai_tool t on t.id = a.tool_id
            where a.status = 'SUBMITTED' and %s
            order by a.submitted_at, a.id""";

    private static final List<String> PERSONAL = Arrays.stream(DataCategory.values())
            .filter(category -> category.atLeast(DataCategory.PERSONAL))
            .map(DataCategory::name)
            .toList();

    private final EntityManager entityManager;

    AssessmentValidationsDue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        String mine = """
                (a.organisation_id in (:referent) or (a.organisation_id in (:reviewer)
                 and not exists (select 1 from vendor_assessment_data_category c
                                 where c.assessment_id = a.id and c.data_category in (:personal))))""";
        return DueItemQuery.of(entityManager, SQL.formatted(mine))
                .with("personal", PERSONAL)
                .withIds("referent", DueItemQuery.organisationsWhereHolding(memberships, Set.of(Role.DATA_REFERENT)))
                .withIds("reviewer", DueItemQuery.organisationsWhereHolding(memberships, Role.REVIEWERS))
                .list(limit, AssessmentValidationsDue::item);
    }

    @Override
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return DueItemQuery.of(entityManager, SQL.formatted("a.organisation_id = :organisation"))
                .with("personal", PERSONAL)
                .with("organisation", organisationId.toString())
                .list(limit, AssessmentValidationsDue::item);
    }

    private static DueItem item(Object[] row) {
        OrganisationId organisation = organisation(row[0]);
        return new DueItem(
                organisation,
                KIND,
                "ASSESSMENT",
                uuid(row[1]),
                text(row[2]),
                null,
                flag(row[3]) ? Assignee.anyOf(Set.of(Role.DATA_REFERENT)) : Assignee.anyOf(Role.REVIEWERS),
                "/api/v1/organisations/" + organisation + "/assessments/" + uuid(row[1]));
    }
}
