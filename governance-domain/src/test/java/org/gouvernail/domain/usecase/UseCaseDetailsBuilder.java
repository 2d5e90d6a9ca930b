package org.gouvernail.domain.usecase;

import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.DataCategory;

/**
 * Test-data builder: what a use case says, with sensible defaults (summarising meetings, internal
 * data, scored as a quick win): {@code aUseCase().titled("Traduire le journal").affecting(PeopleAffected.PUBLIC).build()}.
 */
public final class UseCaseDetailsBuilder {

    public static final MemberId OWNER = new MemberId(UUID.fromString("00000000-0000-7000-8000-000000000001"));

    private String title = "Résumer les réunions";
    private String description;
    private String team = "Coordination";
    private Set<ToolId> toolIds = Set.of();
    private Set<DataCategory> dataCategories = Set.of(DataCategory.INTERNAL);
    private PeopleAffected peopleAffected = PeopleAffected.INTERNAL_ONLY;
    private String expectedBenefit;
    private MemberId owner = OWNER;
    private String humanOversight = "La secrétaire relit";
    private ImpactCriteria impact = new ImpactCriteria(4, 2, 3, 3);
    private ComplexityCriteria complexity = new ComplexityCriteria(2, 1, 1, 1, 2);

    private UseCaseDetailsBuilder() {}

    public static UseCaseDetailsBuilder aUseCase() {
        return new UseCaseDetailsBuilder();
    }

    /** A use case with its required fields only (title, people affected, owner): nothing scored, nothing optional. */
    public static UseCaseDetailsBuilder aMinimalUseCase() {
        UseCaseDetailsBuilder builder = new UseCaseDetailsBuilder();
        builder.team = null;
        builder.toolIds = null;
        builder.dataCategories = null;
        builder.humanOversight = null;
        builder.impact = null;
        builder.complexity = null;
        return builder;
    }

    public UseCaseDetailsBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public UseCaseDetailsBuilder withDescription(String description) {
        this.description = description;
        return this;
    }

    public UseCaseDetailsBuilder inTeam(String team) {
        this.team = team;
        return this;
    }

    public UseCaseDetailsBuilder withTools(Set<ToolId> toolIds) {
        this.toolIds = toolIds;
        return this;
    }

    public UseCaseDetailsBuilder withData(Set<DataCategory> dataCategories) {
        this.dataCategories = dataCategories;
        return this;
    }

    public UseCaseDetailsBuilder affecting(PeopleAffected peopleAffected) {
        this.peopleAffected = peopleAffected;
        return this;
    }

    public UseCaseDetailsBuilder expecting(String expectedBenefit) {
        this.expectedBenefit = expectedBenefit;
        return this;
    }

    public UseCaseDetailsBuilder ownedBy(MemberId owner) {
        this.owner = owner;
        return this;
    }

    public UseCaseDetailsBuilder overseenBy(String humanOversight) {
        this.humanOversight = humanOversight;
        return this;
    }

    public UseCaseDetailsBuilder withImpact(ImpactCriteria impact) {
        this.impact = impact;
        return this;
    }

    public UseCaseDetailsBuilder withComplexity(ComplexityCriteria complexity) {
        this.complexity = complexity;
        return this;
    }

    public UseCaseDetails build() {
        return new UseCaseDetails(
                title,
                description,
                team,
                toolIds,
                dataCategories,
                peopleAffected,
                expectedBenefit,
                owner,
                humanOversight,
                impact,
                complexity);
    }
}
