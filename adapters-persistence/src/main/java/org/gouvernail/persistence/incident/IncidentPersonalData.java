package org.gouvernail.persistence.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.ErasureHold;
import org.gouvernail.domain.privacy.PersonalDataCategory;
import org.gouvernail.domain.privacy.port.out.PersonalDataSource;
import org.gouvernail.persistence.shared.PersonalRows;

/** Persistence adapter, personal data of the incident log: incidents reported, duties settled. */
@ApplicationScoped
public class IncidentPersonalData implements PersonalDataSource {

    private final EntityManager entityManager;

    IncidentPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> columns() {
        return Set.of(
                "incident.reported_by",
                "incident_duty.settled_by",
                "incident_contract_duty.settled_by",
                "incident_action.owner_id",
                "incident_action.created_by",
                "incident_action.settled_by",
                "incident_checklist_tick.ticked_by",
                "incident_note.by_member");
    }

    @Override
    public List<PersonalDataCategory> collect(DataSubject person) {
        PersonalRows rows = PersonalRows.of(entityManager, person);
        return List.of(
                rows.category(
                        "incident.reported",
                        "Incidents the person reported (GDPR art. 33(5) register of breaches, AI Act art. 73)",
                        "LEGAL_OBLIGATION",
                        "Closure + 5 years by default (organisation retention rule closed-incidents), as the art. 33(5) register",
                        List.of("incidentId", "title", "kind", "status", "severity", "detectedAt", "reportedAt"),
                        """
                        select i.id, i.title, i.kind, i.status, i.severity, i.detected_at, i.reported_at from incident i
                        where i.organisation_id = :org and i.reported_by = :member order by i.reported_at, i.id"""),
                rows.category(
                        "incident.duties-settled",
                        "Notification duties the person settled (to the authority, to the people concerned, to a"
                                + " funder or insurer: duty CONTRACT)",
                        "LEGAL_OBLIGATION",
                        "As the incident",
                        List.of("incidentId", "duty", "state", "settledAt"),
                        """
                        select d.incident_id, d.code, d.state, d.settled_at from incident_duty d
                        where d.organisation_id = :org and d.settled_by = :member
                        union all
                        select c.incident_id, 'CONTRACT', c.state, c.settled_at from incident_contract_duty c
                        where c.organisation_id = :org and c.settled_by = :member
                        order by 4, 1"""),
                rows.category(
                        "incident.handling",
                        "What the person did in handling incidents: actions owned, planned or settled, containment"
                                + " steps ticked, observations written in the timeline",
                        "LEGAL_OBLIGATION",
                        "As the incident",
                        List.of("incidentId", "kind", "recordId", "at"),
                        """
                        select a.incident_id, 'ACTION_OWNED', a.id, a.created_at from incident_action a
                        where a.organisation_id = :org and a.owner_id = :member
                        union all
                        select a.incident_id, 'ACTION_PLANNED', a.id, a.created_at from incident_action a
                        where a.organisation_id = :org and a.created_by = :member
                        union all
                        select a.incident_id, 'ACTION_SETTLED', a.id, a.settled_at from incident_action a
                        where a.organisation_id = :org and a.settled_by = :member
                        union all
                        select t.incident_id, 'STEP_TICKED', t.step_code, t.ticked_at from incident_checklist_tick t
                        where t.organisation_id = :org and t.ticked_by = :member
                        union all
                        select n.incident_id, 'OBSERVATION', n.id, n.noted_at from incident_note n
                        where n.organisation_id = :org and n.by_member = :member
                        order by 4, 1, 3"""));
    }

    /**
     * An incident the person reported stays named while it is open with a notification duty pending
     * (GDPR art. 33 and 34, AI Act art. 73): the authority may ask who reported what, when.
     */
    @Override
    public List<ErasureHold> holds(DataSubject person) {
        List<?> ids = entityManager
                .createNativeQuery("""
                        select i.id from incident i where i.organisation_id = :org and i.reported_by = :member
                        and i.status <> 'CLOSED' and exists (select 1 from incident_duty d
                        where d.organisation_id = i.organisation_id and d.incident_id = i.id and d.state = 'PENDING')
                        order by i.id""")
                .setParameter("org", person.organisationId().toString())
                .setParameter("member", person.memberId().toString())
                .setMaxResults(100)
                .getResultList();
        return ids.stream()
                .map(id -> new ErasureHold("incident-pending-duty", "INCIDENT", UUID.fromString(id.toString())))
                .toList();
    }
}
