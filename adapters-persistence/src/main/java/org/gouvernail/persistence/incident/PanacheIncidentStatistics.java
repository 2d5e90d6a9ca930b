package org.gouvernail.persistence.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gouvernail.domain.incident.DutyState;
import org.gouvernail.domain.incident.DutyTally;
import org.gouvernail.domain.incident.IncidentFigures;
import org.gouvernail.domain.incident.IncidentStatus;
import org.gouvernail.domain.incident.IncidentType;
import org.gouvernail.domain.incident.Severity;
import org.gouvernail.domain.incident.TimelineKind;
import org.gouvernail.domain.incident.port.out.IncidentStatistics;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.persistence.shared.InList;

/**
 * Persistence adapter: the aggregate reads of the incident metrics: the incidents detected in a
 * period (one statement), the first time each reached CONTAINED-or-later and CLOSED (one grouped
 * statement over the status notes), the clocked duties tallied (one statement).
 */
@ApplicationScoped
public class PanacheIncidentStatistics implements IncidentStatistics {

    private static final List<String> CONTAINED_OR_LATER = List.of(
            IncidentStatus.CONTAINED.name(),
            IncidentStatus.INVESTIGATING.name(),
            IncidentStatus.RESOLVED.name(),
            IncidentStatus.CLOSED.name());
    private static final InList CODES = InList.of("code", CONTAINED_OR_LATER);

    private final EntityManager entityManager;

    PanacheIncidentStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<IncidentFigures> figures(OrganisationId organisationId, Instant from, Instant to, int limit) {
        List<Object[]> incidents = entityManager
                .createQuery(
                        "select i.id, i.type, coalesce(i.severityOverride, i.severity), i.occurredAt, i.detectedAt"
                                + " from IncidentEntity i where i.organisationId = :organisation"
                                + " and i.detectedAt >= :from and i.detectedAt < :to order by i.detectedAt, i.id",
                        Object[].class)
                .setParameter("organisation", organisationId.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList();
        if (incidents.isEmpty()) {
            return List.of();
        }
        List<Object[]> firsts = CODES.bind(entityManager.createQuery(
                        "select n.incidentId, n.code, min(n.notedAt) from IncidentNoteEntity n, IncidentEntity i"
                                + " where i.id = n.incidentId and i.organisationId = :organisation"
                                + " and n.organisationId = :organisation"
                                + " and i.detectedAt >= :from and i.detectedAt < :to"
                                + " and n.kind = :status and n.code in " + CODES.parameters()
                                + " group by n.incidentId, n.code",
                        Object[].class))
                .setParameter("organisation", organisationId.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("status", TimelineKind.STATUS_CHANGED)
                .getResultList();
        Map<UUID, Instant> contained = new HashMap<>();
        Map<UUID, Instant> closed = new HashMap<>();
        for (Object[] row : firsts) {
            UUID id = (UUID) row[0];
            Instant at = (Instant) row[2];
            contained.merge(id, at, (a, b) -> a.isBefore(b) ? a : b);
            if (IncidentStatus.CLOSED.name().equals(row[1])) {
                closed.put(id, at);
            }
        }
        List<IncidentFigures> figures = new ArrayList<>();
        for (Object[] row : incidents) {
            UUID id = (UUID) row[0];
            figures.add(new IncidentFigures(
                    (IncidentType) row[1],
                    (Severity) row[2],
                    (Instant) row[3],
                    (Instant) row[4],
                    contained.get(id),
                    closed.get(id)));
        }
        return figures;
    }

    @Override
    public DutyTally duties(OrganisationId organisationId, Instant from, Instant to, Instant now) {
        Object[] row = entityManager
                .createQuery(
                        "select count(d.state), coalesce(sum(case when d.state = :done and d.settledAt <= d.dueAt"
                                + " then 1 else 0 end), 0) from IncidentEntity i join i.duties d"
                                + " where i.organisationId = :organisation"
                                + " and i.detectedAt >= :from and i.detectedAt < :to and d.dueAt is not null"
                                + " and (d.state = :done or (d.state = :pending and d.dueAt < :now))",
                        Object[].class)
                .setParameter("organisation", organisationId.value())
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("done", DutyState.DONE)
                .setParameter("pending", DutyState.PENDING)
                .setParameter("now", now)
                .getSingleResult();
        return new DutyTally(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
