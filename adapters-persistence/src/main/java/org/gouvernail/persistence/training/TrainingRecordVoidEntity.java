package org.gouvernail.persistence.training;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.training.RecordVoid;
import org.gouvernail.domain.training.TrainingRecordId;

/** Row of table training_record_void: the void of one record, written beside it, never changed. */
@Entity
@Table(name = "training_record_void")
public class TrainingRecordVoidEntity {

    @Id
    public UUID recordId;

    public UUID organisationId;
    public String reason;
    public UUID voidedBy;
    public Instant voidedAt;
    public UUID replacedBy;

    static TrainingRecordVoidEntity of(UUID organisationId, UUID recordId, RecordVoid correction) {
        TrainingRecordVoidEntity entity = new TrainingRecordVoidEntity();
        entity.recordId = recordId;
        entity.organisationId = organisationId;
        entity.reason = correction.reason();
        entity.voidedBy = correction.voidedBy().value();
        entity.voidedAt = correction.voidedAt();
        entity.replacedBy =
                correction.replacedBy() == null ? null : correction.replacedBy().value();
        return entity;
    }

    RecordVoid toDomain() {
        return new RecordVoid(
                reason, new MemberId(voidedBy), voidedAt, replacedBy == null ? null : new TrainingRecordId(replacedBy));
    }
}
