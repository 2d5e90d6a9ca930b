package org.gouvernail.persistence.usecase;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.usecase.AiActAnswers;
import org.gouvernail.domain.usecase.AnnexIIIArea;
import org.gouvernail.domain.usecase.Article35Case;
import org.gouvernail.domain.usecase.Article63Exception;
import org.gouvernail.domain.usecase.ComplexityCriteria;
import org.gouvernail.domain.usecase.DpiaAnswers;
import org.gouvernail.domain.usecase.DpiaCriterion;
import org.gouvernail.domain.usecase.DpiaListItem;
import org.gouvernail.domain.usecase.DpiaOutcome;
import org.gouvernail.domain.usecase.DpoStatus;
import org.gouvernail.domain.usecase.ImpactCriteria;
import org.gouvernail.domain.usecase.OperatorRole;
import org.gouvernail.domain.usecase.PeopleAffected;
import org.gouvernail.domain.usecase.ProhibitedPractice;
import org.gouvernail.domain.usecase.RiskTier;
import org.gouvernail.domain.usecase.TransparencyDuty;
import org.gouvernail.domain.usecase.UseCase;
import org.gouvernail.domain.usecase.UseCaseDetails;
import org.gouvernail.domain.usecase.UseCaseId;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.persistence.shared.ToolLink;

/** Row of table use_case, with the tools it names in use_case_tool. */
@Entity
@Table(name = "use_case")
public class UseCaseEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public String title;
    public String description;
    public String team;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "use_case_tool", joinColumns = @JoinColumn(name = "use_case_id"))
    public Set<ToolLink> tools = new HashSet<>();

    public String dataCategories;

    @Enumerated(EnumType.STRING)
    public PeopleAffected peopleAffected;

    public String expectedBenefit;
    public UUID ownerId;
    public String humanOversight;
    public Integer impactTimeSaved;
    public Integer impactBeneficiaryQuality;
    public Integer impactReach;
    public Integer impactMissionAlignment;
    public Integer complexityDataSensitivity;
    public Integer complexityIntegrationEffort;
    public Integer complexitySkillsNeeded;
    public Integer complexityCost;
    public Integer complexityChangeManagement;

    @Enumerated(EnumType.STRING)
    public UseCaseStatus status;

    public String catalogueEntry;
    public String aiActPractices;
    public String aiActAreas;
    public String aiActExceptions;
    public Boolean aiActProfiling;
    public String aiActDuties;
    public Boolean aiActEditorialReview;

    @Enumerated(EnumType.STRING)
    public OperatorRole aiActOperatorRole;

    @Enumerated(EnumType.STRING)
    public RiskTier aiActTier;

    /** Version 2 on (V113); the columns above it hold answers of version 1 not saved since. */
    public String aiActAnswers;

    public String dpiaCases;
    public String dpiaCriteria;

    /** Version 2 on (V130): the art. 35(4) list items, the DPO answer and the country that picked the list. */
    public String dpiaListItems;

    @Enumerated(EnumType.STRING)
    public DpoStatus dpiaDpo;

    public String dpiaCountry;

    @Enumerated(EnumType.STRING)
    public DpiaOutcome dpiaOutcome;

    /** V140: the values check, see {@link ValuesCodes}. */
    public String valuesCheck;

    /** V141: the declared usage behind the footprint, see {@link ValuesCodes}. */
    public String footprintInputs;

    public UUID createdBy;
    public Instant createdAt;

    @Version
    public long version;

    static UseCaseEntity from(UseCase useCase) {
        UseCaseEntity entity = new UseCaseEntity();
        entity.id = useCase.id().value();
        entity.organisationId = useCase.organisationId().value();
        entity.createdBy = useCase.createdBy().value();
        entity.createdAt = useCase.createdAt();
        entity.catalogueEntry = useCase.catalogueEntry();
        entity.version = useCase.version();
        entity.apply(useCase);
        return entity;
    }

    void apply(UseCase useCase) {
        UseCaseDetails details = useCase.details();
        title = details.title();
        description = details.description();
        team = details.team();
        Set<ToolLink> links = new HashSet<>();
        details.toolIds().forEach(tool -> links.add(new ToolLink(organisationId, tool.value())));
        tools.retainAll(links);
        tools.addAll(links);
        dataCategories = Codes.join(details.dataCategories());
        peopleAffected = details.peopleAffected();
        expectedBenefit = details.expectedBenefit();
        ownerId = details.owner().value();
        humanOversight = details.humanOversight();
        ImpactCriteria impact = details.impact();
        impactTimeSaved = impact == null ? null : impact.timeSaved();
        impactBeneficiaryQuality = impact == null ? null : impact.beneficiaryQuality();
        impactReach = impact == null ? null : impact.reach();
        impactMissionAlignment = impact == null ? null : impact.missionAlignment();
        ComplexityCriteria complexity = details.complexity();
        complexityDataSensitivity = complexity == null ? null : complexity.dataSensitivity();
        complexityIntegrationEffort = complexity == null ? null : complexity.integrationEffort();
        complexitySkillsNeeded = complexity == null ? null : complexity.skillsNeeded();
        complexityCost = complexity == null ? null : complexity.cost();
        complexityChangeManagement = complexity == null ? null : complexity.changeManagement();
        status = useCase.status();
        applyAiAct(useCase.aiActAnswers());
        applyDpia(useCase.dpiaAnswers());
        valuesCheck = ValuesCodes.join(useCase.valuesCheck());
        footprintInputs = ValuesCodes.join(useCase.footprintInputs());
    }

    /**
     * The answers in their column, and their version-1 summary in the older columns, so that a
     * version without V113 still reads a profile (the combined role as PROVIDER, which fits its column).
     */
    private void applyAiAct(AiActAnswers answers) {
        boolean present = answers != null;
        aiActPractices = present ? Codes.join(answers.prohibitedPractices()) : null;
        aiActAreas = present ? Codes.join(answers.annexIiiAreas()) : null;
        aiActExceptions = present ? Codes.join(answers.article63Exceptions()) : null;
        aiActProfiling = present ? answers.profilesNaturalPersons() : null;
        aiActDuties = present ? Codes.join(answers.transparencyDuties()) : null;
        aiActEditorialReview = present ? answers.humanEditorialReview() : null;
        aiActOperatorRole = present
                ? answers.operatorRole() == OperatorRole.PROVIDER_AND_DEPLOYER
                        ? OperatorRole.PROVIDER
                        : answers.operatorRole()
                : null;
        aiActAnswers = present ? AnswerCodes.join(answers) : null;
        aiActTier = present ? answers.classify().tier() : null;
    }

    private void applyDpia(DpiaAnswers answers) {
        boolean present = answers != null;
        dpiaCases = present ? Codes.join(answers.requiredCases()) : null;
        dpiaCriteria = present ? Codes.join(answers.criteria()) : null;
        dpiaListItems = present ? Codes.join(answers.listItems()) : null;
        dpiaDpo = present ? answers.dpo() : null;
        dpiaCountry = present ? answers.country() : null;
        dpiaOutcome = present ? answers.screen().outcome() : null;
    }

    UseCase toDomain() {
        Set<ToolId> toolIds = new LinkedHashSet<>();
        tools.stream()
                .map(link -> link.toolId)
                .sorted(Comparator.naturalOrder())
                .forEach(tool -> toolIds.add(new ToolId(tool)));
        ImpactCriteria impact = impactTimeSaved == null
                ? null
                : new ImpactCriteria(impactTimeSaved, impactBeneficiaryQuality, impactReach, impactMissionAlignment);
        ComplexityCriteria complexity = complexityDataSensitivity == null
                ? null
                : new ComplexityCriteria(
                        complexityDataSensitivity,
                        complexityIntegrationEffort,
                        complexitySkillsNeeded,
                        complexityCost,
                        complexityChangeManagement);
        UseCaseDetails details = new UseCaseDetails(
                title,
                description,
                team,
                toolIds,
                Codes.parse(dataCategories, DataCategory.class),
                peopleAffected,
                expectedBenefit,
                new MemberId(ownerId),
                humanOversight,
                impact,
                complexity);
        AiActAnswers aiAct = aiActAnswers != null
                ? AnswerCodes.parse(aiActAnswers)
                : aiActOperatorRole == null
                        ? null
                        : AiActAnswers.fromVersion1(
                                Codes.parse(aiActPractices, ProhibitedPractice.class),
                                Codes.parse(aiActAreas, AnnexIIIArea.class),
                                Codes.parse(aiActExceptions, Article63Exception.class),
                                Boolean.TRUE.equals(aiActProfiling),
                                Codes.parse(aiActDuties, TransparencyDuty.class),
                                Boolean.TRUE.equals(aiActEditorialReview),
                                aiActOperatorRole);
        DpiaAnswers dpia = dpiaOutcome == null
                ? null
                : new DpiaAnswers(
                        Codes.parse(dpiaCases, Article35Case.class),
                        Codes.parse(dpiaCriteria, DpiaCriterion.class),
                        Codes.parse(dpiaListItems, DpiaListItem.class),
                        dpiaDpo,
                        dpiaCountry);
        return new UseCase(
                new UseCaseId(id),
                new OrganisationId(organisationId),
                details,
                status,
                aiAct,
                dpia,
                ValuesCodes.parseValues(valuesCheck),
                ValuesCodes.parseFootprint(footprintInputs),
                catalogueEntry,
                new MemberId(createdBy),
                version,
                createdAt);
    }
}
