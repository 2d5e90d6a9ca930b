package org.gouvernail.domain.usecase;

import java.util.Optional;
import java.util.Set;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.DataCategory;

/**
 * Test-data builder: the command proposing a use case, started from a catalogue entry whose texts
 * fill every field left unstated: {@code fromCatalogue("translation").inTeam("Accueil").build()}.
 */
public final class NewUseCaseBuilder {

    private Optional<String> fromCatalogue;
    private String title;
    private String description;
    private String team;
    private Set<ToolId> toolIds;
    private Set<DataCategory> dataCategories;
    private PeopleAffected peopleAffected;
    private String expectedBenefit;
    private MemberId owner;
    private String humanOversight;
    private ImpactCriteria impact;
    private ComplexityCriteria complexity;

    private NewUseCaseBuilder(Optional<String> fromCatalogue) {
        this.fromCatalogue = fromCatalogue;
    }

    public static NewUseCaseBuilder fromCatalogue(String entry) {
        return new NewUseCaseBuilder(Optional.of(entry));
    }

    public NewUseCaseBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public NewUseCaseBuilder withDescription(String description) {
        this.description = description;
        return this;
    }

    public NewUseCaseBuilder inTeam(String team) {
        this.team = team;
        return this;
    }

    public NewUseCaseBuilder withTools(Set<ToolId> toolIds) {
        this.toolIds = toolIds;
        return this;
    }

    public NewUseCaseBuilder withData(Set<DataCategory> dataCategories) {
        this.dataCategories = dataCategories;
        return this;
    }

    public NewUseCaseBuilder affecting(PeopleAffected peopleAffected) {
        this.peopleAffected = peopleAffected;
        return this;
    }

    public NewUseCaseBuilder expecting(String expectedBenefit) {
        this.expectedBenefit = expectedBenefit;
        return this;
    }

    public NewUseCaseBuilder ownedBy(MemberId owner) {
        this.owner = owner;
        return this;
    }

    public NewUseCaseBuilder overseenBy(String humanOversight) {
        this.humanOversight = humanOversight;
        return this;
    }

    public NewUseCaseBuilder withImpact(ImpactCriteria impact) {
        this.impact = impact;
        return this;
    }

    public NewUseCaseBuilder withComplexity(ComplexityCriteria complexity) {
        this.complexity = complexity;
        return this;
    }

    public NewUseCase build() {
        return new NewUseCase(
                fromCatalogue,
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
