package org.gouvernail.rest.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.training.Audience;
import org.gouvernail.domain.training.LiteracyCoverage;
import org.gouvernail.domain.training.LiteracyRequirement;
import org.gouvernail.domain.training.LiteracyStanding;
import org.gouvernail.domain.training.LiteracyStanding.Obligation;
import org.gouvernail.domain.training.RequirementLevel;
import org.gouvernail.domain.training.RequirementStatus;
import org.gouvernail.domain.training.RequirementTerms;
import org.gouvernail.domain.training.RequirementTrigger;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.port.in.LiteracyPlanning.Learning;
import org.gouvernail.domain.usecase.UseCaseId;

/** JSON shapes of the literacy requirements, their coverage and my learning. */
final class LiteracyJson {

    private LiteracyJson() {}

    @Schema(
            name = "LiteracyAudience",
            description = "Whom a requirement concerns. Each criterion given narrows the audience (AND), the values "
                    + "of one criterion are alternatives (OR); no criterion: every active member. The tool criteria "
                    + "(toolIds, toolCategories, useCaseIds, dataCategoryAtLeast) are met by one tool the person uses; "
                    + "a person's teams are the teams of the tools they use.")
    record AudienceJson(
            @Size(max = 4) @Schema(type = SchemaType.ARRAY, implementation = PersonType.class, maxItems = 4)
            Set<@NotNull PersonType> personTypes,

            @Size(max = 5) @Schema(type = SchemaType.ARRAY, implementation = Role.class, maxItems = 5)
            Set<@NotNull Role> roles,

            @Size(max = Audience.MAX_TEAMS)
            @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = Audience.MAX_TEAMS)
            Set<@NotBlank @Size(max = Audience.TEAM_LENGTH) String> teams,

            @Size(max = Audience.MAX_TOOLS)
            @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = Audience.MAX_TOOLS)
            Set<@NotNull UUID> toolIds,

            @Size(max = 8) @Schema(type = SchemaType.ARRAY, implementation = ToolCategory.class, maxItems = 8)
            Set<@NotNull ToolCategory> toolCategories,

            @Size(max = Audience.MAX_USE_CASES)
            @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = Audience.MAX_USE_CASES)
            Set<@NotNull UUID> useCaseIds,

            @Schema(nullable = true, maxLength = 30, description = "Users of a tool touching this category or above")
            DataCategory dataCategoryAtLeast) {

        static AudienceJson from(Audience audience) {
            return new AudienceJson(
                    audience.personTypes(),
                    audience.roles(),
                    audience.teams(),
                    audience.toolIds().stream().map(ToolId::value).collect(Collectors.toSet()),
                    audience.toolCategories(),
                    audience.useCaseIds().stream().map(UseCaseId::value).collect(Collectors.toSet()),
                    audience.dataCategoryAtLeast());
        }

        Audience toDomain() {
            return new Audience(
                    personTypes,
                    roles,
                    teams,
                    toolIds == null ? null : toolIds.stream().map(ToolId::new).collect(Collectors.toSet()),
                    toolCategories,
                    useCaseIds == null
                            ? null
                            : useCaseIds.stream().map(UseCaseId::new).collect(Collectors.toSet()),
                    dataCategoryAtLeast);
        }
    }

    @Schema(
            name = "LiteracyRequirementTerms",
            description = "What a literacy requirement asks, of whom, by when and why (PATCH with a JSON merge patch: "
                    + "each change is a new revision).")
    record Terms(
            @NotBlank @Size(max = 200) @Schema(examples = "Bénévoles : charte IA et vérification des sorties")
            String title,

            @Valid @Schema(nullable = true, description = "Default: every active member")
            AudienceJson audience,

            @NotNull
            @Size(min = 1, max = RequirementTerms.MAX_MODULES)
            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = UUID.class,
                    minItems = 1,
                    maxItems = RequirementTerms.MAX_MODULES,
                    description = "ACTIVE modules of this organisation")
            List<@NotNull UUID> moduleIds,

            @NotNull @Schema(maxLength = 20) RequirementTrigger trigger,

            @NotNull
            @Min(0)
            @Max(RequirementTerms.MAX_DUE_WITHIN_DAYS)
            @Schema(minimum = "0", maximum = "730", description = "Days after the trigger")
            Integer dueWithinDays,

            @Min(1)
            @Max(RequirementTerms.MAX_REFRESH_MONTHS)
            @Schema(
                    nullable = true,
                    minimum = "1",
                    maximum = "120",
                    description = "Months after which a record no longer satisfies it (required for PERIODIC)")
            Integer refreshMonths,

            @NotNull @Schema(maxLength = 20) RequirementLevel level,

            @NotBlank
            @Size(max = 2000)
            @Schema(description = "Why: the art. 4 AI Act reasoning (roles, knowledge, context, people affected)")
            String rationale,

            @NotNull @Schema(description = "The member who answers for it")
            UUID ownerId) {

        static Terms from(RequirementTerms terms) {
            return new Terms(
                    terms.title(),
                    AudienceJson.from(terms.audience()),
                    terms.moduleIds().stream().map(TrainingModuleId::value).toList(),
                    terms.trigger(),
                    terms.dueWithinDays(),
                    terms.refreshMonths(),
                    terms.level(),
                    terms.rationale(),
                    terms.ownerId().value());
        }

        RequirementTerms toDomain() {
            return new RequirementTerms(
                    title,
                    audience == null ? null : audience.toDomain(),
                    moduleIds.stream().map(TrainingModuleId::new).toList(),
                    trigger,
                    dueWithinDays,
                    refreshMonths,
                    level,
                    rationale,
                    new MemberId(ownerId));
        }
    }

    @Schema(name = "LiteracyRequirement", description = "A literacy requirement of the organisation (art. 4 AI Act).")
    record RequirementView(
            UUID id,
            @Schema(maxLength = 20) RequirementStatus status,

            @Schema(minimum = "1", description = "One more at each change of the terms")
            int revision,

            Terms terms,
            UUID createdBy,
            Instant createdAt,
            Instant revisedAt) {

        static RequirementView from(LiteracyRequirement requirement) {
            return new RequirementView(
                    requirement.id().value(),
                    requirement.status(),
                    requirement.revision(),
                    Terms.from(requirement.terms()),
                    requirement.createdBy().value(),
                    requirement.createdAt(),
                    requirement.revisedAt());
        }
    }

    @Schema(
            name = "LiteracyRequirementCoverage",
            description = "One requirement: people concerned, covered, due, overdue.")
    record RequirementCoverageJson(
            UUID requirementId,
            @Schema(maxLength = 200) String title,
            @Schema(maxLength = 20) RequirementLevel level,
            @Schema(minimum = "1") int revision,
            @Schema(minimum = "0", maximum = "1000000") int people,

            @Schema(minimum = "0", maximum = "1000000", description = "Every module done and still valid")
            int covered,

            @Schema(minimum = "0", maximum = "1000000", description = "Not yet, not late")
            int due,

            @Schema(minimum = "0", maximum = "1000000") int overdue) {}

    @Schema(
            name = "LiteracyGroupCoverage",
            description = "A team or person type: people with MANDATORY requirements and those who meet them all.")
    record GroupJson(
            @Schema(nullable = true, maxLength = 100, description = "null: people using no tool with a team")
            String group,

            @Schema(minimum = "0", maximum = "1000000") int people,
            @Schema(minimum = "0", maximum = "1000000") int covered) {}

    @Schema(name = "LiteracyCoverage", description = "How far the literacy requirements are met today; counts only.")
    record CoverageJson(
            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate on,

            @Schema(maxItems = 10000) List<RequirementCoverageJson> requirements,
            @Schema(maxItems = 10000) List<GroupJson> teams,
            @Schema(maxItems = 4) List<GroupJson> personTypes) {

        static CoverageJson from(LiteracyCoverage coverage) {
            return new CoverageJson(
                    coverage.on(),
                    coverage.requirements().stream()
                            .map(c -> new RequirementCoverageJson(
                                    c.requirement().id().value(),
                                    c.requirement().terms().title(),
                                    c.requirement().terms().level(),
                                    c.requirement().revision(),
                                    c.people(),
                                    c.covered(),
                                    c.due(),
                                    c.overdue()))
                            .toList(),
                    coverage.teams().stream()
                            .map(g -> new GroupJson(g.group(), g.people(), g.covered()))
                            .toList(),
                    coverage.personTypes().stream()
                            .map(g -> new GroupJson(g.group(), g.people(), g.covered()))
                            .toList());
        }
    }

    @Schema(name = "LearningItem", description = "One module a requirement asks of me, by when, and where I stand.")
    record LearningItem(
            UUID requirementId,
            @Schema(maxLength = 200) String requirement,
            @Schema(minimum = "1") int requirementRevision,
            @Schema(maxLength = 20) RequirementLevel level,
            @Schema(maxLength = 2000) String rationale,
            UUID moduleId,
            @Schema(maxLength = 30) String moduleCode,
            @Schema(maxLength = 200) String moduleTitle,

            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate dueOn,

            @Schema(maxLength = 10) LiteracyStanding.State state,

            @Schema(
                    nullable = true,
                    maxLength = 10,
                    implementation = String.class,
                    format = "date",
                    description = "When MET: the last day the record counts (null: no end)")
            LocalDate metUntil,

            @Schema(description = "Met by acknowledging the policy version in force")
            boolean byAcknowledgement) {

        static LearningItem from(Obligation obligation, Map<TrainingModuleId, TrainingModule> modules) {
            TrainingModule module = modules.get(obligation.moduleId());
            return new LearningItem(
                    obligation.requirement().id().value(),
                    obligation.requirement().terms().title(),
                    obligation.requirement().revision(),
                    obligation.requirement().terms().level(),
                    obligation.requirement().terms().rationale(),
                    obligation.moduleId().value(),
                    module == null ? null : module.code(),
                    module == null ? null : module.content().title(),
                    obligation.dueOn(),
                    obligation.state(),
                    obligation.metUntil(),
                    obligation.byAcknowledgement());
        }
    }

    @Schema(name = "OrganisationLearning", description = "What I must follow in one organisation.")
    record OrganisationLearning(
            UUID organisationId,
            UUID memberId,
            @Schema(maxItems = 10000) List<LearningItem> items) {

        static OrganisationLearning from(Learning learning) {
            return new OrganisationLearning(
                    learning.organisationId().value(),
                    learning.memberId().value(),
                    learning.obligations().stream()
                            .map(o -> LearningItem.from(o, learning.modules()))
                            .sorted(Comparator.comparing(LearningItem::state)
                                    .reversed()
                                    .thenComparing(LearningItem::dueOn)
                                    .thenComparing(
                                            LearningItem::moduleCode, Comparator.nullsLast(Comparator.naturalOrder())))
                            .toList());
        }
    }

    @Schema(name = "MyLearning", description = "What I must follow, and by when, across my organisations.")
    record MyLearning(@Schema(maxItems = 1000) List<OrganisationLearning> organisations) {}
}
