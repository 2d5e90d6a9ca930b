package org.gouvernail.persistence.policy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.policy.Acknowledgement;
import org.gouvernail.domain.policy.VersionId;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table policy_acknowledgement: a member read a published version; written once, never updated. */
@Entity
@Table(name = "policy_acknowledgement")
@IdClass(AcknowledgementEntity.Key.class)
public class AcknowledgementEntity {

    @Id
    public UUID versionId;

    @Id
    public UUID memberId;

    public UUID organisationId;
    public Instant acknowledgedAt;
    public UUID recordedBy;

    static AcknowledgementEntity from(Acknowledgement acknowledgement) {
        AcknowledgementEntity entity = new AcknowledgementEntity();
        entity.organisationId = acknowledgement.organisationId().value();
        entity.versionId = acknowledgement.versionId().value();
        entity.memberId = acknowledgement.memberId().value();
        entity.acknowledgedAt = acknowledgement.acknowledgedAt();
        entity.recordedBy = acknowledgement.recordedBy().value();
        return entity;
    }

    Acknowledgement toDomain() {
        return new Acknowledgement(
                new OrganisationId(organisationId),
                new VersionId(versionId),
                new MemberId(memberId),
                acknowledgedAt,
                new MemberId(recordedBy));
    }

    /** Primary key: (version_id, member_id). */
    public static class Key implements Serializable {

        public UUID versionId;
        public UUID memberId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(versionId, key.versionId)
                    && Objects.equals(memberId, key.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(versionId, memberId);
        }
    }
}
