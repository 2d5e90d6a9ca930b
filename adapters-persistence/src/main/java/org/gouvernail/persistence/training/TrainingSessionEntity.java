package org.gouvernail.persistence.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.AttendanceStatus;
import org.gouvernail.domain.training.SessionDetails;
import org.gouvernail.domain.training.SessionStatus;
import org.gouvernail.domain.training.TrainingFormat;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.TrainingSession;
import org.gouvernail.domain.training.TrainingSessionId;

/**
 * Row of table training_session, with its modules in training_session_module and its attendance in
 * training_attendance: collections of the session, loaded a batch of sessions at a time, so that a
 * change to the attendance alone still moves the session's one version.
 */
@Entity
@Table(name = "training_session")
public class TrainingSessionEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public String title;
    public LocalDate date;
    public int durationMinutes;

    @Enumerated(EnumType.STRING)
    public TrainingFormat format;

    public String language;
    public String trainer;
    public String place;
    public Integer capacity;

    @Enumerated(EnumType.STRING)
    public SessionStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_session_module", joinColumns = @JoinColumn(name = "session_id"))
    public Set<ModuleLink> modules = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "member_id")
    public Map<UUID, AttendanceRow> attendance = new HashMap<>();

    public UUID plannedBy;
    public Instant closedAt;

    @Version
    public long version;

    static TrainingSessionEntity from(TrainingSession session) {
        TrainingSessionEntity entity = new TrainingSessionEntity();
        entity.id = session.id().value();
        entity.organisationId = session.organisationId().value();
        entity.plannedBy = session.plannedBy().value();
        entity.apply(session);
        return entity;
    }

    void apply(TrainingSession session) {
        SessionDetails details = session.details();
        title = details.title();
        date = details.date();
        durationMinutes = details.durationMinutes();
        format = details.format();
        language = details.language();
        trainer = details.trainer();
        place = details.place();
        capacity = details.capacity();
        status = session.status();
        closedAt = session.closedAt();
        Set<ModuleLink> links = details.moduleIds().stream()
                .map(module -> new ModuleLink(organisationId, module.value()))
                .collect(Collectors.toSet());
        modules.retainAll(links);
        modules.addAll(links);
        Map<UUID, AttendanceRow> marks = new HashMap<>();
        session.attendance()
                .forEach((member, mark) -> marks.put(member.value(), new AttendanceRow(organisationId, mark)));
        attendance.keySet().retainAll(marks.keySet());
        marks.forEach((member, row) -> {
            if (!row.equals(attendance.get(member))) {
                attendance.put(member, row);
            }
        });
    }

    TrainingSession toDomain() {
        Map<MemberId, AttendanceStatus> marks = new HashMap<>();
        attendance.forEach((member, row) -> marks.put(new MemberId(member), row.attendance));
        return new TrainingSession(
                new TrainingSessionId(id),
                new OrganisationId(organisationId),
                new SessionDetails(
                        title,
                        modules.stream()
                                .map(link -> new TrainingModuleId(link.moduleId))
                                .collect(Collectors.toSet()),
                        date,
                        durationMinutes,
                        format,
                        language,
                        trainer,
                        place,
                        capacity),
                status,
                marks,
                new MemberId(plannedBy),
                closedAt,
                version);
    }
}
