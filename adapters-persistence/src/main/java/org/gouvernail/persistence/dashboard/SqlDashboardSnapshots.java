package org.gouvernail.persistence.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.dashboard.Snapshot;
import org.gouvernail.domain.dashboard.port.out.DashboardSnapshots;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Persistence adapter: the dashboard snapshots in dashboard_snapshot. A day's values are written in
 * one multi-row upsert (INSERT … ON DUPLICATE KEY UPDATE), so that two instances writing the same
 * day never fail on the key and leave one row per indicator.
 */
@ApplicationScoped
public class SqlDashboardSnapshots implements DashboardSnapshots {

    private final EntityManager entityManager;

    SqlDashboardSnapshots(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void save(OrganisationId organisationId, LocalDate day, Map<String, Long> values) {
        if (values.isEmpty()) {
            return;
        }
        List<String> codes = values.keySet().stream().sorted().toList();
        String rows = codes.stream().map(code -> "(?, ?, ?, ?)").collect(Collectors.joining(", "));
        var query = entityManager.createNativeQuery(
                "insert into dashboard_snapshot (organisation_id, day, indicator_code, value) values " + rows
                        + " on duplicate key update value = values(value)");
        int position = 1;
        for (String code : codes) {
            query.setParameter(position++, organisationId.value().toString());
            query.setParameter(position++, day);
            query.setParameter(position++, code);
            query.setParameter(position++, values.get(code));
        }
        query.executeUpdate();
    }

    @Override
    public Optional<Snapshot> lastOnOrBefore(OrganisationId organisationId, LocalDate day) {
        List<?> rows = entityManager
                .createNativeQuery("""
                        select s.day, s.indicator_code, s.value from dashboard_snapshot s
                        where s.organisation_id = ?1
                          and s.day = (select max(l.day) from dashboard_snapshot l
                                       where l.organisation_id = ?1 and l.day <= ?2)""")
                .setParameter(1, organisationId.value().toString())
                .setParameter(2, day)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        LocalDate taken = null;
        Map<String, Long> values = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            taken = columns[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) columns[0];
            values.put(columns[1].toString(), ((Number) columns[2]).longValue());
        }
        return Optional.of(new Snapshot(taken, values));
    }

    @Override
    public int purgeBefore(OrganisationId organisationId, LocalDate day, int limit) {
        return entityManager
                .createNativeQuery("delete from dashboard_snapshot where organisation_id = ?1 and day < ?2"
                        + " order by day limit " + Math.max(1, limit))
                .setParameter(1, organisationId.value().toString())
                .setParameter(2, day)
                .executeUpdate();
    }

    @Override
    public List<OrganisationId> withoutSnapshot(LocalDate day, int limit) {
        List<?> rows = entityManager
                .createNativeQuery("""
                        select o.id from organisation o
                        where not exists (select 1 from dashboard_snapshot s
                                          where s.organisation_id = o.id and s.day = ?1)
                        order by o.id""")
                .setParameter(1, day)
                .setMaxResults(Math.max(1, limit))
                .getResultList();
        return rows.stream()
                .map(id -> new OrganisationId(UUID.fromString(id.toString())))
                .toList();
    }
}
