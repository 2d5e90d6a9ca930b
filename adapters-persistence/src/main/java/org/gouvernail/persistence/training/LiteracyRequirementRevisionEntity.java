package org.gouvernail.persistence.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.training.LiteracyRequirement;
import org.gouvernail.domain.training.RequirementLevel;
import org.gouvernail.domain.training.RequirementStatus;
import org.gouvernail.domain.training.RequirementTrigger;

/**
 * Row of table literacy_requirement_revision (V153): one state of a requirement (created, revised, retired),
 * written once, never updated. The columns are those of literacy_requirement; the mapping is borrowed from
 * {@link LiteracyRequirementEntity}.
 */
@Entity
@Table(name = "literacy_requirement_revision")
@IdClass(LiteracyRequirementRevisionEntity.Key.class)
public class LiteracyRequirementRevisionEntity {

    @Id
    public UUID requirementId;

    @Id
    public int revision;

    @Id
    @Enumerated(EnumType.STRING)
    public RequirementStatus status;

    public UUID organisationId;
    public String title;
    public String personTypes;
    public String roles;
    public String teams;
    public String toolIds;
    public String toolCategories;
    public String useCaseIds;

    @Enumerated(EnumType.STRING)
    public DataCategory dataCategoryAtLeast;

    public String moduleIds;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind")
    public RequirementTrigger trigger;

    public int dueWithinDays;
    public Integer refreshMonths;

    @Enumerated(EnumType.STRING)
    public RequirementLevel level;

    public String rationale;
    public UUID ownerId;
    public Instant writtenAt;

    static LiteracyRequirementRevisionEntity of(LiteracyRequirement requirement, Instant writtenAt) {
        LiteracyRequirementEntity row = LiteracyRequirementEntity.from(requirement);
        LiteracyRequirementRevisionEntity entity = new LiteracyRequirementRevisionEntity();
        entity.requirementId = row.id;
        entity.revision = row.revision;
        entity.status = row.status;
        entity.organisationId = row.organisationId;
        entity.title = row.title;
        entity.personTypes = row.personTypes;
        entity.roles = row.roles;
        entity.teams = row.teams;
        entity.toolIds = row.toolIds;
        entity.toolCategories = row.toolCategories;
        entity.useCaseIds = row.useCaseIds;
        entity.dataCategoryAtLeast = row.dataCategoryAtLeast;
        entity.moduleIds = row.moduleIds;
        entity.trigger = row.trigger;
        entity.dueWithinDays = row.dueWithinDays;
        entity.refreshMonths = row.refreshMonths;
        entity.level = row.level;
        entity.rationale = row.rationale;
        entity.ownerId = row.ownerId;
        entity.writtenAt = writtenAt;
        return entity;
    }

    /** The requirement as this row states it, written at {@link #writtenAt} (its revisedAt), with the requirement's creation. */
    LiteracyRequirement toDomain(LiteracyRequirementEntity current) {
        LiteracyRequirementEntity row = new LiteracyRequirementEntity();
        row.id = requirementId;
        row.organisationId = organisationId;
        row.title = title;
        row.personTypes = personTypes;
        row.roles = roles;
        row.teams = teams;
        row.toolIds = toolIds;
        row.toolCategories = toolCategories;
        row.useCaseIds = useCaseIds;
        row.dataCategoryAtLeast = dataCategoryAtLeast;
        row.moduleIds = moduleIds;
        row.trigger = trigger;
        row.dueWithinDays = dueWithinDays;
        row.refreshMonths = refreshMonths;
        row.level = level;
        row.rationale = rationale;
        row.ownerId = ownerId;
        row.status = status;
        row.revision = revision;
        row.createdBy = current.createdBy;
        row.createdAt = current.createdAt;
        row.revisedAt = writtenAt;
        row.version = current.version;
        return row.toDomain();
    }

    /** Primary key: (requirement_id, revision, status). */
    public static class Key implements Serializable {

        public UUID requirementId;
        public int revision;
        public RequirementStatus status;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && revision == key.revision
                    && Objects.equals(requirementId, key.requirementId)
                    && status == key.status;
        }

        @Override
        public int hashCode() {
            return Objects.hash(requirementId, revision, status);
        }
    }
}
