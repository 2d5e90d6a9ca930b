package org.gouvernail.persistence.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.Evidence;
import org.gouvernail.domain.training.EvidenceKind;
import org.gouvernail.domain.training.RecordVoid;
import org.gouvernail.domain.training.TrainingMethod;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.TrainingRecordId;
import org.gouvernail.domain.training.TrainingSessionId;

/**
 * Row of table training_record: inserted once, never updated (no version: nothing to lock) nor
 * deleted; its void, when there is one, is a row of training_record_void.
 */
@Entity
@Table(name = "training_record")
public class TrainingRecordEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public UUID memberId;
    public UUID moduleId;
    public int moduleRevision;
    public LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    public TrainingMethod method;

    @Enumerated(EnumType.STRING)
    public EvidenceKind evidenceKind;

    public String evidenceReference;
    public UUID sessionId;
    public LocalDate validUntil;
    public UUID recordedBy;
    public Instant recordedAt;

    static TrainingRecordEntity from(TrainingRecord record) {
        TrainingRecordEntity entity = new TrainingRecordEntity();
        entity.id = record.id().value();
        entity.organisationId = record.organisationId().value();
        entity.memberId = record.memberId().value();
        entity.moduleId = record.moduleId().value();
        entity.moduleRevision = record.moduleRevision();
        entity.completedOn = record.completedOn();
        entity.method = record.method();
        if (record.evidence() != null) {
            entity.evidenceKind = record.evidence().kind();
            entity.evidenceReference = record.evidence().reference();
        }
        entity.sessionId =
                record.sessionId() == null ? null : record.sessionId().value();
        entity.validUntil = record.validUntil();
        entity.recordedBy = record.recordedBy().value();
        entity.recordedAt = record.recordedAt();
        return entity;
    }

    TrainingRecord toDomain(RecordVoid voiding) {
        return new TrainingRecord(
                new TrainingRecordId(id),
                new OrganisationId(organisationId),
                new MemberId(memberId),
                new TrainingModuleId(moduleId),
                moduleRevision,
                completedOn,
                method,
                evidenceKind == null ? null : new Evidence(evidenceKind, evidenceReference),
                sessionId == null ? null : new TrainingSessionId(sessionId),
                validUntil,
                new MemberId(recordedBy),
                recordedAt,
                voiding);
    }
}
