package org.gouvernail.persistence.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.incident.Severity;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.gouvernail.persistence.shared.DueItemQuery;

/**
 * Due-item source of the contractual notification duties: for every rule of the organisation and
 * every incident it applies to (ContractDutyRule.appliesTo, in SQL: an INCIDENT reported since the
 * rule exists, of at least its severity, with personal data when the rule asks for it) and that is
 * not settled, the duty due {@code notifyWithinHours} after detection; assigned to ADMIN, COMMITTEE
 * and DATA_REFERENT. One statement per call.
 */
@ApplicationScoped
public class SqlIncidentContractDueItems implements DueItemSource {

    private static final String SEVERITIES =
            Arrays.stream(Severity.values()).map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));

    /** The data categories that make an incident a personal data one (IncidentFacts.personalData). */
    private static final String PERSONAL = Arrays.stream(DataCategory.values())
            .filter(category -> category.atLeast(DataCategory.PERSONAL))
            .map(DataCategory::name)
            .collect(Collectors.joining("|"));

    private static final String SQL = """
            select i.organisation_id, i.id, i.title, r.counterparty,
                   date_add(i.detected_at, interval r.notify_within_hours hour) as due_at
            from incident i join incident_contract_rule r on r.organisation_id = i.organisation_id
            where i.organisation_id in (:organisations) and i.kind = 'INCIDENT' and i.reported_at >= r.created_at
            and field(coalesce(i.severity_override, i.severity), %1$s) >= field(r.minimum_severity, %1$s)
            and (r.personal_data_only = false or i.data_categories regexp '(^|,)(%2$s)(,|$)')
            and not exists (select 1 from incident_contract_duty c where c.incident_id = i.id and c.rule_id = r.id)
            and date_add(i.detected_at, interval r.notify_within_hours hour) <= :until
            order by due_at, i.id, r.id""".formatted(SEVERITIES, PERSONAL);

    private final EntityManager entityManager;

    SqlIncidentContractDueItems(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        Set<UUID> handled = DueItemQuery.organisationsWhereHolding(
                memberships.stream().filter(Membership::isActive).toList(), Role.REVIEWERS);
        return due(handled, until, limit);
    }

    @Override
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return due(Set.of(organisationId.value()), until, limit);
    }

    private List<DueItem> due(Collection<UUID> organisations, Instant until, int limit) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return DueItemQuery.of(entityManager, SQL)
                .withIds("organisations", organisations)
                .with("until", until)
                .list(limit, row -> {
                    OrganisationId organisation = DueItemQuery.organisation(row[0]);
                    UUID incident = DueItemQuery.uuid(row[1]);
                    return new DueItem(
                            organisation,
                            "incident.notify-counterparty",
                            "INCIDENT",
                            incident,
                            row[2] + " — " + row[3],
                            DueItemQuery.instant(row[4]),
                            Assignee.anyOf(Role.REVIEWERS),
                            "/api/v1/organisations/" + organisation + "/incidents/" + incident + "/contract-duties");
                });
    }
}
