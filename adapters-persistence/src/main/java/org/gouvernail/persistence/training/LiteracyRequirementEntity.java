package org.gouvernail.persistence.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.training.Audience;
import org.gouvernail.domain.training.LiteracyRequirement;
import org.gouvernail.domain.training.LiteracyRequirementId;
import org.gouvernail.domain.training.RequirementLevel;
import org.gouvernail.domain.training.RequirementStatus;
import org.gouvernail.domain.training.RequirementTerms;
import org.gouvernail.domain.training.RequirementTrigger;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.usecase.UseCaseId;

/** Row of table literacy_requirement (V170): the audience's sets are comma-separated columns, teams one per line. */
@Entity
@Table(name = "literacy_requirement")
public class LiteracyRequirementEntity {

    @Id
    public UUID id;

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

    @Enumerated(EnumType.STRING)
    public RequirementStatus status;

    public int revision;
    public UUID createdBy;
    public Instant createdAt;
    public Instant revisedAt;

    @Version
    public long version;

    static LiteracyRequirementEntity from(LiteracyRequirement requirement) {
        LiteracyRequirementEntity entity = new LiteracyRequirementEntity();
        entity.id = requirement.id().value();
        entity.organisationId = requirement.organisationId().value();
        entity.createdBy = requirement.createdBy().value();
        entity.createdAt = requirement.createdAt();
        entity.version = requirement.version();
        entity.apply(requirement);
        return entity;
    }

    void apply(LiteracyRequirement requirement) {
        RequirementTerms terms = requirement.terms();
        Audience audience = terms.audience();
        title = terms.title();
        personTypes = CodeLists.join(audience.personTypes());
        roles = CodeLists.join(audience.roles());
        teams = CodeLists.lines(audience.teams().stream().sorted().toList());
        toolIds = ids(audience.toolIds().stream().map(ToolId::value).sorted().toList());
        toolCategories = CodeLists.join(audience.toolCategories());
        useCaseIds = ids(
                audience.useCaseIds().stream().map(UseCaseId::value).sorted().toList());
        dataCategoryAtLeast = audience.dataCategoryAtLeast();
        moduleIds = ids(terms.moduleIds().stream().map(TrainingModuleId::value).toList());
        trigger = terms.trigger();
        dueWithinDays = terms.dueWithinDays();
        refreshMonths = terms.refreshMonths();
        level = terms.level();
        rationale = terms.rationale();
        ownerId = terms.ownerId().value();
        status = requirement.status();
        revision = requirement.revision();
        revisedAt = requirement.revisedAt();
    }

    LiteracyRequirement toDomain() {
        Audience audience = new Audience(
                CodeLists.parse(personTypes, PersonType.class),
                CodeLists.parse(roles, Role.class),
                new LinkedHashSet<>(CodeLists.lines(teams)),
                parse(toolIds, ToolId::new).stream().collect(Collectors.toSet()),
                CodeLists.parse(toolCategories, ToolCategory.class),
                parse(useCaseIds, UseCaseId::new).stream().collect(Collectors.toSet()),
                dataCategoryAtLeast);
        RequirementTerms terms = new RequirementTerms(
                title,
                audience,
                parse(moduleIds, TrainingModuleId::new),
                trigger,
                dueWithinDays,
                refreshMonths,
                level,
                rationale,
                new MemberId(ownerId));
        return new LiteracyRequirement(
                new LiteracyRequirementId(id),
                new OrganisationId(organisationId),
                terms,
                status,
                revision,
                new MemberId(createdBy),
                createdAt,
                revisedAt,
                version);
    }

    private static String ids(Collection<UUID> ids) {
        return ids.isEmpty() ? null : ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    private static <T> List<T> parse(String ids, Function<UUID, T> wrap) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        return Arrays.stream(ids.split(","))
                .map(String::strip)
                .map(UUID::fromString)
                .map(wrap)
                .toList();
    }
}
