package org.gouvernail.persistence.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gouvernail.domain.privacy.RetentionPolicy;
import org.gouvernail.domain.privacy.RetentionRule;
import org.gouvernail.domain.privacy.port.out.RetentionPolicies;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.StaleVersion;

/**
 * Persistence adapter: the retention policies (one row per organisation, NULL months meaning the
 * rule's default) and the purge, one bounded statement per batch. A record whose subject changed after
 * the cutoff (an audit row about it newer than the cutoff: a revocation, a closure) is kept: the period
 * counts from the end of the membership or the closure, which only the audit trail dates.
 */
@ApplicationScoped
public class SqlRetentionPolicies implements RetentionPolicies {

    private static final Map<RetentionRule, String> COLUMNS = Map.of(
            RetentionRule.AUDIT_EVENTS, "audit_events_months",
            RetentionRule.TRAINING_RECORDS, "training_records_months",
            RetentionRule.CLOSED_INCIDENTS, "closed_incidents_months",
            RetentionRule.SETTLED_FEEDBACK, "settled_feedback_months");

    private final EntityManager entityManager;

    SqlRetentionPolicies(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<RetentionPolicy> find(OrganisationId organisationId) {
        List<?> rows = entityManager
                .createNativeQuery("select audit_events_months, training_records_months, closed_incidents_months,"
                        + " settled_feedback_months, version from retention_policy where organisation_id = ?1")
                .setParameter(1, organisationId.toString())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Map<RetentionRule, Integer> months = new EnumMap<>(RetentionRule.class);
        RetentionRule[] rules = {
            RetentionRule.AUDIT_EVENTS,
            RetentionRule.TRAINING_RECORDS,
            RetentionRule.CLOSED_INCIDENTS,
            RetentionRule.SETTLED_FEEDBACK
        };
        for (int i = 0; i < rules.length; i++) {
            if (row[i] != null) {
                months.put(rules[i], ((Number) row[i]).intValue());
            }
        }
        return Optional.of(new RetentionPolicy(organisationId, months, ((Number) row[4]).longValue()));
    }

    @Override
    public RetentionPolicy save(RetentionPolicy policy, long expectedVersion) {
        String organisation = policy.organisationId().toString();
        int updated = entityManager
                .createNativeQuery("update retention_policy set audit_events_months = ?1, training_records_months = ?2,"
                        + " closed_incidents_months = ?3, settled_feedback_months = ?4, version = version + 1"
                        + " where organisation_id = ?5 and version = ?6")
                .setParameter(1, policy.monthsOf(RetentionRule.AUDIT_EVENTS))
                .setParameter(2, policy.monthsOf(RetentionRule.TRAINING_RECORDS))
                .setParameter(3, policy.monthsOf(RetentionRule.CLOSED_INCIDENTS))
                .setParameter(4, policy.monthsOf(RetentionRule.SETTLED_FEEDBACK))
                .setParameter(5, organisation)
                .setParameter(6, expectedVersion)
                .executeUpdate();
        if (updated == 0 && expectedVersion == 0) {
            updated = entityManager
                    .createNativeQuery("insert ignore into retention_policy (organisation_id, audit_events_months,"
                            + " training_records_months, closed_incidents_months, settled_feedback_months, version)"
                            + " values (?1, ?2, ?3, ?4, ?5, 1)")
                    .setParameter(1, organisation)
                    .setParameter(2, policy.monthsOf(RetentionRule.AUDIT_EVENTS))
                    .setParameter(3, policy.monthsOf(RetentionRule.TRAINING_RECORDS))
                    .setParameter(4, policy.monthsOf(RetentionRule.CLOSED_INCIDENTS))
                    .setParameter(5, policy.monthsOf(RetentionRule.SETTLED_FEEDBACK))
                    .executeUpdate();
        }
        if (updated == 0) {
            throw new StaleVersion(
                    "retention",
                    expectedVersion,
                    find(policy.organisationId()).map(RetentionPolicy::version).orElse(0L));
        }
        return new RetentionPolicy(policy.organisationId(), policy.months(), expectedVersion + 1);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<OrganisationId> claimDue(Instant dueBefore, Instant now, int limit) {
        entityManager
                .createNativeQuery("insert ignore into retention_policy (organisation_id, version)"
                        + " select o.id, 0 from organisation o where not exists"
                        + " (select 1 from retention_policy r where r.organisation_id = o.id) order by o.id limit "
                        + limit)
                .executeUpdate();
        List<Object> due = entityManager
                .createNativeQuery("select organisation_id from retention_policy where purged_at is null"
                        + " or purged_at < ?1 order by purged_at, organisation_id")
                .setParameter(1, dueBefore)
                .setMaxResults(limit)
                .getResultList();
        List<OrganisationId> claimed = new ArrayList<>();
        for (Object id : due) {
            int won = entityManager
                    .createNativeQuery("update retention_policy set purged_at = ?1 where organisation_id = ?2"
                            + " and (purged_at is null or purged_at < ?3)")
                    .setParameter(1, now)
                    .setParameter(2, id.toString())
                    .setParameter(3, dueBefore)
                    .executeUpdate();
            if (won == 1) {
                claimed.add(new OrganisationId(UUID.fromString(id.toString())));
            }
        }
        return claimed;
    }

    @Override
    public int purge(RetentionRule rule, OrganisationId organisationId, Instant cutoff, int limit) {
        String organisation = organisationId.toString();
        return switch (rule) {
            case AUDIT_EVENTS ->
                entityManager
                        .createNativeQuery("delete from audit_event where organisation_id = ?1 and occurred_at < ?2"
                                + " order by occurred_at limit " + limit)
                        .setParameter(1, organisation)
                        .setParameter(2, cutoff)
                        .executeUpdate();
            case SETTLED_FEEDBACK ->
                entityManager
                        .createNativeQuery(
                                "delete from feedback_item where organisation_id = ?1 and settled_on is not null"
                                        + " and settled_on < ?2 order by settled_on limit " + limit)
                        .setParameter(1, organisation)
                        .setParameter(2, LocalDate.ofInstant(cutoff, ZoneOffset.UTC))
                        .executeUpdate();
            case CLOSED_INCIDENTS -> deleteIds("incident", organisation, ids("""
                            select i.id from incident i where i.organisation_id = ?1 and i.status = 'CLOSED'
                            and i.reported_at < ?2 and not exists (select 1 from audit_event a
                            where a.organisation_id = i.organisation_id and a.subject_type = 'INCIDENT'
                            and a.subject_id = i.id and a.occurred_at >= ?2) order by i.id""", organisation, cutoff, limit));
            case TRAINING_RECORDS -> purgeTrainingRecords(organisation, cutoff, limit);
        };
    }

    /** The records of people who left before the cutoff, with the voids that name them. */
    private int purgeTrainingRecords(String organisation, Instant cutoff, int limit) {
        List<String> ids = ids("""
                select r.id from training_record r join membership m
                on m.organisation_id = r.organisation_id and m.id = r.member_id
                where r.organisation_id = ?1 and m.status = 'REVOKED' and r.recorded_at < ?2
                and not exists (select 1 from audit_event a where a.organisation_id = m.organisation_id
                and a.subject_type = 'MEMBER' and a.subject_id = m.id and a.occurred_at >= ?2
                and a.action <> 'member.personal-data-exported') order by r.id""", organisation, cutoff, limit);
        if (ids.isEmpty()) {
            return 0;
        }
        entityManager
                .createNativeQuery("delete from training_record_void where organisation_id = ?1"
                        + " and (record_id in (?2) or replaced_by in (?2))")
                .setParameter(1, organisation)
                .setParameter(2, ids)
                .executeUpdate();
        return deleteIds("training_record", organisation, ids);
    }

    @SuppressWarnings("unchecked")
    private List<String> ids(String sql, String organisation, Instant cutoff, int limit) {
        List<Object> rows = entityManager
                .createNativeQuery(sql)
                .setParameter(1, organisation)
                .setParameter(2, cutoff)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(Object::toString).toList();
    }

    private int deleteIds(String table, String organisation, List<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return entityManager
                .createNativeQuery("delete from " + table + " where organisation_id = ?1 and id in (?2)")
                .setParameter(1, organisation)
                .setParameter(2, ids)
                .executeUpdate();
    }
}
