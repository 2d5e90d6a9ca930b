package org.gouvernail.persistence.dashboard;

import static org.gouvernail.domain.dashboard.IndicatorCatalogue.COMMITTEE_CONSTITUTED;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.COMMITTEE_DAYS_SINCE_MEETING;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.COMMITTEE_DECISIONS;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.COMMITTEE_REVIEWS_OVERDUE;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.FEEDBACK_LOOPS_CLOSED;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.FEEDBACK_OPEN;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.INCIDENTS_DUTIES_LATE;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.INCIDENTS_OPEN;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.LITERACY_COVERAGE;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.LITERACY_EXPOSURE_GAPS;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.POLICIES_ACK_RATE;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.POLICIES_IN_FORCE;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.RISKS_HIGH_INHERENT;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.RISKS_HIGH_RESIDUAL;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.RISKS_OPEN;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.RISKS_REVIEWS_OVERDUE;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.TOOLS_AWAITING_REVIEW;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.TOOLS_BLOCKING;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.TOOLS_DECLARED;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.TOOLS_IN_INVENTORY;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.USE_CASES_ACTIVE;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.USE_CASES_AWAITING;
import static org.gouvernail.domain.dashboard.IndicatorCatalogue.USE_CASES_HIGH_RISK;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gouvernail.domain.dashboard.Figures;
import org.gouvernail.domain.dashboard.Figures.GridCell;
import org.gouvernail.domain.dashboard.Figures.MatrixCell;
import org.gouvernail.domain.dashboard.port.out.DashboardFigures;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Persistence adapter: the dashboard's figures in four aggregate statements (the scalar indicators in
 * one SELECT of sub-queries, the tools by status, the risk grids, the use-case matrix), each COUNT and
 * GROUP BY over the organisation's rows: the cost does not grow with what the registers hold beyond
 * what the indexes scan. The rules repeat those of the registers (see each indicator's definition in
 * IndicatorCatalogue); DashboardFiguresApiTest compares both.
 */
@ApplicationScoped
public class SqlDashboardFigures implements DashboardFigures {

    /** A training record counts: not voided, not expired, of a revision the module still recognises. */
    private static final String COUNTING_RECORD = """
            select 1 from training_record tr
            join training_module tm on tm.organisation_id = tr.organisation_id and tm.id = tr.module_id
            where tr.organisation_id = %1$s.organisation_id and tr.member_id = %1$s.%2$s
              and (tr.valid_until is null or tr.valid_until >= :today)
              and tr.module_revision >= tm.refresh_from_revision
              and not exists (select 1 from training_record_void vd where vd.record_id = tr.id)""";

    private static final String SCALARS =
            """
            select
             (select count(*) from ai_tool t where t.organisation_id = :org and t.status <> 'RETIRED'),
             (select count(*) from ai_tool t where t.organisation_id = :org and t.declared_at >= :since30),
             (select count(*) from ai_tool t where t.organisation_id = :org and t.status in ('DECLARED', 'UNDER_REVIEW')),
             (select count(*) from ai_tool t where t.organisation_id = :org and t.status <> 'RETIRED'
                and exists (select 1 from vendor_assessment a
                            where a.organisation_id = t.organisation_id and a.tool_id = t.id
                              and a.status = 'VALIDATED' and a.level = 'BLOCKED'
                              and not exists (select 1 from vendor_assessment b
                                              where b.organisation_id = a.organisation_id and b.tool_id = a.tool_id
                                                and b.status = 'VALIDATED'
                                                and (b.validated_at > a.validated_at
                                                     or (b.validated_at = a.validated_at and b.id > a.id))))),
             (select count(*) from risk r where r.organisation_id = :org and r.status <> 'CLOSED'),
             (select count(*) from risk r where r.organisation_id = :org and r.status <> 'CLOSED'
                and r.likelihood * r.severity >= 10),
             (select count(*) from risk r where r.organisation_id = :org and r.status <> 'CLOSED'
                and (case when r.residual_likelihood is not null and r.residual_severity is not null
                          then r.residual_likelihood * r.residual_severity
                          else r.likelihood * r.severity end) >= 10),
             (select count(*) from risk r where r.organisation_id = :org and r.status <> 'CLOSED'
                and r.next_review_date < :today),
             (select count(*) from use_case u where u.organisation_id = :org and u.status in ('IN_USE', 'PILOT')),
             (select count(*) from use_case u where u.organisation_id = :org and u.status = 'SUBMITTED'),
             (select count(*) from use_case u where u.organisation_id = :org
                and u.status not in ('REJECTED', 'RETIRED') and u.ai_act_tier = 'HIGH_RISK'),
             (select count(*) from policy_version v where v.organisation_id = :org and v.status = 'PUBLISHED'),
             (select count(*) from policy_version v
                join membership m on m.organisation_id = v.organisation_id and m.status = 'ACTIVE'
                where v.organisation_id = :org and v.status = 'PUBLISHED'),
             (select count(*) from policy_version v
                join membership m on m.organisation_id = v.organisation_id and m.status = 'ACTIVE'
                join policy_acknowledgement pa on pa.version_id = v.id and pa.member_id = m.id
                where v.organisation_id = :org and v.status = 'PUBLISHED'),
             (select count(*) from membership m where m.organisation_id = :org and m.status = 'ACTIVE'),
             (select count(*) from membership m where m.organisation_id = :org and m.status = 'ACTIVE'
                and exists (%1$s)),
             (select count(distinct u.member_id) from tool_use u
                where u.organisation_id = :org
                  and exists (select 1 from ai_tool_data_category c join ai_tool t on t.id = c.tool_id
                              where t.organisation_id = u.organisation_id and t.id = u.tool_id
                                and c.data_category in ('PERSONAL', 'SENSITIVE', 'BENEFICIARY_VULNERABLE'))
                  and (not exists (%2$s and find_in_set('DATA_PROTECTION', tm.topics))
                       or not exists (%2$s and find_in_set('CHECKING_OUTPUTS', tm.topics)))),
             (select count(*) from incident i where i.organisation_id = :org and i.status not in ('RESOLVED', 'CLOSED')),
             (select count(*) from incident_duty d where d.organisation_id = :org and d.state = 'PENDING'
                and d.due_at < :now),
             (select count(*) from feedback_item f where f.organisation_id = :org
                and f.status not in ('CLOSED', 'DISMISSED')),
             (select count(*) from feedback_item f where f.organisation_id = :org and f.status = 'CLOSED'
                and f.settled_on >= :since90
                and exists (select 1 from feedback_follow_up fu
                            where fu.organisation_id = f.organisation_id and fu.feedback_item_id = f.id)),
             (select case when count(cm.member_id) >= max(c.min_voting_members) then 1 else 0 end
                from committee c
                left join committee_member cm on cm.organisation_id = c.organisation_id and cm.voting
                  and (cm.mandate_start is null or cm.mandate_start <= :today)
                  and (cm.mandate_end is null or cm.mandate_end >= :today)
                where c.organisation_id = :org),
             (select datediff(:today, max(mt.meeting_date)) from meeting mt
                where mt.organisation_id = :org and mt.meeting_date <= :today),
             (select count(*) from decision d where d.organisation_id = :org and d.recorded_at >= :since365),
             (select count(*) from decision d where d.organisation_id = :org
                and d.review_date < :today
                and not exists (select 1 from decision later where later.revises = d.id))
            """.formatted(COUNTING_RECORD.formatted("m", "id"), COUNTING_RECORD.formatted("u", "member_id"));

    /** The scalar indicators in the order of {@link #SCALARS}'s columns; null: computed below. */
    private static final String[] COLUMNS = {
        TOOLS_IN_INVENTORY,
        TOOLS_DECLARED,
        TOOLS_AWAITING_REVIEW,
        TOOLS_BLOCKING,
        RISKS_OPEN,
        RISKS_HIGH_INHERENT,
        RISKS_HIGH_RESIDUAL,
        RISKS_REVIEWS_OVERDUE,
        USE_CASES_ACTIVE,
        USE_CASES_AWAITING,
        USE_CASES_HIGH_RISK,
        POLICIES_IN_FORCE,
        null, // acknowledgement pairs due
        null, // acknowledgement pairs done
        null, // active members
        null, // active members with a counting record
        LITERACY_EXPOSURE_GAPS,
        INCIDENTS_OPEN,
        INCIDENTS_DUTIES_LATE,
        FEEDBACK_OPEN,
        FEEDBACK_LOOPS_CLOSED,
        COMMITTEE_CONSTITUTED,
        COMMITTEE_DAYS_SINCE_MEETING,
        COMMITTEE_DECISIONS,
        COMMITTEE_REVIEWS_OVERDUE
    };

    private static final String TOOLS_BY_STATUS =
            "select t.status, count(*) from ai_tool t where t.organisation_id = :org group by t.status";

    private static final String RISK_GRID = """
            select r.likelihood, r.severity,
                   case when r.residual_likelihood is not null and r.residual_severity is not null
                        then r.residual_likelihood else r.likelihood end,
                   case when r.residual_likelihood is not null and r.residual_severity is not null
                        then r.residual_severity else r.severity end,
                   count(*)
            from risk r where r.organisation_id = :org and r.status <> 'CLOSED'
            group by 1, 2, 3, 4""";

    /** Impact and complexity as Score.roundedMean does it: (2·sum + n) div 2n, once every criterion is scored. */
    private static final String USE_CASE_MATRIX = """
            select q.quadrant, q.status, count(*) from (
              select u.status,
                     case when s.impact is null or s.complexity is null then 'UNSCORED'
                          when s.impact >= 3 and s.complexity >= 3 then 'MAJOR_PROJECT'
                          when s.impact >= 3 then 'QUICK_WIN'
                          when s.complexity >= 3 then 'AVOID'
                          else 'FILL_IN' end as quadrant
              from use_case u
              join (select x.id,
                           (2 * (x.impact_time_saved + x.impact_beneficiary_quality + x.impact_reach
                                 + x.impact_mission_alignment) + 4) div 8 as impact,
                           (2 * (x.complexity_data_sensitivity + x.complexity_integration_effort
                                 + x.complexity_skills_needed + x.complexity_cost
                                 + x.complexity_change_management) + 5) div 10 as complexity
                    from use_case x where x.organisation_id = :org) s on s.id = u.id
              where u.organisation_id = :org) q
            group by q.quadrant, q.status
            order by q.quadrant, q.status""";

    private final EntityManager entityManager;

    SqlDashboardFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Figures of(OrganisationId organisationId, LocalDate today, Instant now) {
        String org = organisationId.value().toString();
        Object[] scalars = (Object[]) entityManager
                .createNativeQuery(SCALARS)
                .setParameter("org", org)
                .setParameter("today", today)
                .setParameter("now", now)
                .setParameter("since30", now.minus(Duration.ofDays(30)))
                .setParameter("since90", today.minusDays(90))
                .setParameter("since365", now.minus(Duration.ofDays(365)))
                .getSingleResult();
        Map<String, Long> values = new LinkedHashMap<>();
        for (int column = 0; column < COLUMNS.length; column++) {
            if (COLUMNS[column] != null && scalars[column] != null) {
                values.put(COLUMNS[column], ((Number) scalars[column]).longValue());
            }
        }
        long pairs = number(scalars[12]);
        long acknowledged = number(scalars[13]);
        values.put(POLICIES_ACK_RATE, pairs == 0 ? 100 : percent(acknowledged, pairs));
        long members = number(scalars[14]);
        long trained = number(scalars[15]);
        values.put(LITERACY_COVERAGE, members == 0 ? 0 : percent(trained, members));
        values.putIfAbsent(COMMITTEE_CONSTITUTED, 0L);

        Map<String, Long> byStatus = new TreeMap<>();
        for (Object row : rows(TOOLS_BY_STATUS, org)) {
            Object[] columns = (Object[]) row;
            byStatus.put(columns[0].toString(), number(columns[1]));
        }
        Map<List<Integer>, Long> inherent = new TreeMap<>(GRID_ORDER);
        Map<List<Integer>, Long> residual = new TreeMap<>(GRID_ORDER);
        for (Object row : rows(RISK_GRID, org)) {
            Object[] columns = (Object[]) row;
            long count = number(columns[4]);
            inherent.merge(List.of(integer(columns[0]), integer(columns[1])), count, Long::sum);
            residual.merge(List.of(integer(columns[2]), integer(columns[3])), count, Long::sum);
        }
        List<MatrixCell> matrix = new ArrayList<>();
        for (Object row : rows(USE_CASE_MATRIX, org)) {
            Object[] columns = (Object[]) row;
            matrix.add(new MatrixCell(columns[0].toString(), columns[1].toString(), number(columns[2])));
        }
        return new Figures(values, byStatus, cells(inherent), cells(residual), matrix);
    }

    private static final java.util.Comparator<List<Integer>> GRID_ORDER =
            java.util.Comparator.<List<Integer>, Integer>comparing(cell -> cell.get(0))
                    .thenComparing(cell -> cell.get(1));

    private List<?> rows(String sql, String org) {
        return entityManager.createNativeQuery(sql).setParameter("org", org).getResultList();
    }

    private static List<GridCell> cells(Map<List<Integer>, Long> grid) {
        List<GridCell> cells = new ArrayList<>();
        grid.forEach((cell, count) -> cells.add(new GridCell(cell.get(0), cell.get(1), count)));
        return cells;
    }

    /** {@code part / whole} in percent, rounded half up. */
    static long percent(long part, long whole) {
        return (200 * part + whole) / (2 * whole);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static int integer(Object value) {
        return ((Number) value).intValue();
    }
}
