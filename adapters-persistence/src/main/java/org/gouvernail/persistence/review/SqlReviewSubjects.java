package org.gouvernail.persistence.review;

import static org.gouvernail.persistence.shared.DueItemQuery.day;
import static org.gouvernail.persistence.shared.DueItemQuery.text;
import static org.gouvernail.persistence.shared.DueItemQuery.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gouvernail.domain.review.DueSubject;
import org.gouvernail.domain.review.ReviewSubjectType;
import org.gouvernail.domain.review.port.out.ReviewSubjects;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Persistence adapter: the review cycle's due rules, one native query per rule (eight statements per
 * call, each bounded by the limit), over the areas' tables of one organisation.
 */
@ApplicationScoped
public class SqlReviewSubjects implements ReviewSubjects {

    private static final String POLICY_VERSIONS = """
            select v.id, concat(p.title, ' v', v.number), v.next_review_date from policy_version v
            join policy p on p.organisation_id = v.organisation_id and p.id = v.policy_id
            where v.organisation_id = :organisation and v.status = 'PUBLISHED'
              and v.next_review_date is not null and v.next_review_date <= :until
            order by v.next_review_date, v.id""";

    private static final String TOOLS = """
            select t.id, t.name, date(max(a.validated_at)) as assessed from ai_tool t
            join vendor_assessment a on a.organisation_id = t.organisation_id and a.tool_id = t.id
              and a.status = 'VALIDATED' and a.validated_at is not null
            where t.organisation_id = :organisation
              and t.status in ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'RESTRICTED')
            group by t.id, t.name
            having date(max(a.validated_at)) <= :assessedBefore
            order by assessed, t.id""";

    private static final String RISKS = """
            select r.id, r.title, r.next_review_date,
                   coalesce(r.residual_likelihood, r.likelihood) * coalesce(r.residual_severity, r.severity),
                   date(r.raised_at)
            from risk r
            where r.organisation_id = :organisation and r.status <> 'CLOSED'
              and ((r.next_review_date is not null and r.next_review_date <= :until)
                   or coalesce(r.residual_likelihood, r.likelihood) * coalesce(r.residual_severity, r.severity) >= 10)
            order by r.id""";

    private static final String DECISIONS = """
            select d.id, coalesce(q.title, t.name, u.title, k.title, d.subject), d.review_date
            from decision d
            left join approval_request q on q.id = d.request_id
            left join ai_tool t on d.subject = 'TOOL' and t.id = d.subject_id
            left join use_case u on d.subject = 'USE_CASE' and u.id = d.subject_id
            left join risk k on d.subject = 'RISK_ACCEPTANCE' and k.id = d.subject_id
            where d.organisation_id = :organisation and d.subject <> 'REVIEW'
              and d.review_date is not null and d.review_date <= :until
              and not exists (select 1 from decision later where later.revises = d.id)
            order by d.review_date, d.id""";

    private static final String PILOTS = """
            select x.id, x.title, x.since from (
              select u.id, u.title, coalesce(
                (select date(max(e.occurred_at)) from audit_event e where e.organisation_id = u.organisation_id
                   and e.subject_id = u.id and e.action = 'use-case.pilot-started'),
                date(u.created_at)) as since
              from use_case u where u.organisation_id = :organisation and u.status = 'PILOT') x
            where x.since <= :pilotSince
            order by x.since, x.id""";

    private static final String TRAINING = """
            select m.id, m.title, min(r.valid_until) as first, count(*) from training_record r
            join training_module m on m.organisation_id = r.organisation_id and m.id = r.module_id
            where r.organisation_id = :organisation and r.valid_until is not null and r.valid_until <= :until
              and not exists (select 1 from training_record_void v where v.record_id = r.id)
              and not exists (select 1 from training_record n
                              where n.organisation_id = r.organisation_id and n.member_id = r.member_id
                                and n.module_id = r.module_id and n.completed_on > r.completed_on
                                and (n.valid_until is null or n.valid_until > :until)
                                and not exists (select 1 from training_record_void w where w.record_id = n.id))
            group by m.id, m.title
            order by first, m.id""";

    private static final String INCIDENTS = """
            select i.id, i.title, date(i.detected_at), coalesce(i.severity_override, i.severity), i.status,
                   (select date(min(d.due_at)) from incident_duty d where d.organisation_id = i.organisation_id
                      and d.incident_id = i.id and d.state = 'PENDING' and d.due_at < :now) as late
            from incident i
            where i.organisation_id = :organisation
              and ((i.status <> 'CLOSED' and coalesce(i.severity_override, i.severity) in ('HIGH', 'CRITICAL'))
                   or exists (select 1 from incident_duty d where d.organisation_id = i.organisation_id
                                and d.incident_id = i.id and d.state = 'PENDING' and d.due_at < :now))
            order by i.id""";

    private static final String FEEDBACK = """
            select f.id, f.kind, f.due_on from feedback_item f
            where f.organisation_id = :organisation and f.status not in ('CLOSED', 'DISMISSED')
              and f.due_on is not null and f.due_on < :until
            order by f.due_on, f.id""";

    private final EntityManager entityManager;

    SqlReviewSubjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<DueSubject> candidates(OrganisationId organisationId, LocalDate until, Instant now, int limit) {
        List<DueSubject> due = new ArrayList<>();
        Map<String, Object> base = Map.of("organisation", organisationId.toString(), "until", until);
        due.addAll(rows(
                POLICY_VERSIONS,
                base,
                limit,
                row -> new DueSubject(
                        ReviewSubjectType.POLICY_VERSION,
                        uuid(row[0]),
                        text(row[1]),
                        "policy-review-date",
                        day(row[2]),
                        1)));
        due.addAll(rows(
                TOOLS,
                Map.of(
                        "organisation",
                        organisationId.toString(),
                        "assessedBefore",
                        until.minusMonths(ASSESSMENT_MONTHS)),
                limit,
                row -> new DueSubject(
                        ReviewSubjectType.TOOL,
                        uuid(row[0]),
                        text(row[1]),
                        "assessment-older-than-12-months",
                        day(row[2]).plusMonths(ASSESSMENT_MONTHS),
                        1)));
        due.addAll(rows(RISKS, base, limit, row -> risk(row, until)));
        due.addAll(rows(
                DECISIONS,
                base,
                limit,
                row -> new DueSubject(
                        ReviewSubjectType.DECISION,
                        uuid(row[0]),
                        text(row[1]),
                        "decision-review-date",
                        day(row[2]),
                        1)));
        due.addAll(rows(
                PILOTS,
                Map.of("organisation", organisationId.toString(), "pilotSince", until.minusMonths(PILOT_MONTHS)),
                limit,
                row -> new DueSubject(
                        ReviewSubjectType.USE_CASE,
                        uuid(row[0]),
                        text(row[1]),
                        "pilot-too-long",
                        day(row[2]).plusMonths(PILOT_MONTHS),
                        1)));
        due.addAll(rows(
                TRAINING,
                base,
                limit,
                row -> new DueSubject(
                        ReviewSubjectType.TRAINING_MODULE,
                        uuid(row[0]),
                        text(row[1]),
                        "training-records-expiring",
                        day(row[2]),
                        ((Number) row[3]).intValue())));
        due.addAll(rows(
                INCIDENTS,
                Map.of("organisation", organisationId.toString(), "now", now),
                limit,
                SqlReviewSubjects::incident));
        due.addAll(rows(
                FEEDBACK,
                base,
                limit,
                row -> new DueSubject(
                        ReviewSubjectType.FEEDBACK,
                        uuid(row[0]),
                        "Feedback " + text(row[1]),
                        "feedback-deadline-passed",
                        day(row[2]),
                        1)));
        return due;
    }

    /** Past its review date (that day), else HIGH or CRITICAL residual (due since it was raised). */
    private static DueSubject risk(Object[] row, LocalDate until) {
        LocalDate review = day(row[2]);
        boolean reviewDue = review != null && !review.isAfter(until);
        return new DueSubject(
                ReviewSubjectType.RISK,
                uuid(row[0]),
                text(row[1]),
                reviewDue ? "risk-review-date" : "residual-high",
                reviewDue ? review : day(row[4]),
                1);
    }

    /** Duties late (since the first late one's due day), else HIGH or above and open (since detection). */
    private static DueSubject incident(Object[] row) {
        LocalDate late = day(row[5]);
        return new DueSubject(
                ReviewSubjectType.INCIDENT,
                uuid(row[0]),
                text(row[1]),
                late != null ? "incident-duty-late" : "incident-high-open",
                late != null ? late : day(row[2]),
                1);
    }

    @SuppressWarnings("unchecked")
    private List<DueSubject> rows(
            String sql, Map<String, Object> parameters, int limit, Function<Object[], DueSubject> mapper) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        query.setMaxResults(Math.max(1, limit));
        return ((List<Object[]>) query.getResultList()).stream().map(mapper).toList();
    }
}
