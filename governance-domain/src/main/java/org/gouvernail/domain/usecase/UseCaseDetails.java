package org.gouvernail.domain.usecase;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.DataCategory;

/**
 * What a use case is: what it does, for which team, with which tools and data, whom it affects,
 * what it should bring, who owns it, who checks the output before it leaves the association, and
 * its impact and complexity sub-criteria (both optional until someone scores it).
 */
public record UseCaseDetails(
        String title,
        String description,
        String team,
        Set<ToolId> toolIds,
        Set<DataCategory> dataCategories,
        PeopleAffected peopleAffected,
        String expectedBenefit,
        MemberId owner,
        String humanOversight,
        ImpactCriteria impact,
        ComplexityCriteria complexity) {

    public static final int TEAM_LENGTH = 100;
    public static final int MAX_TOOLS = 20;

    public UseCaseDetails {
        title = Check.name("title", title);
        description = Check.text("description", description, Check.SHORT_TEXT_LENGTH);
        team = Check.text("team", team, TEAM_LENGTH);
        toolIds = toolIds == null
                ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(Check.size("toolIds", toolIds, MAX_TOOLS)));
        dataCategories = dataCategories == null || dataCategories.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(dataCategories));
        Check.present("peopleAffected", peopleAffected);
        expectedBenefit = Check.text("expectedBenefit", expectedBenefit, Check.SHORT_TEXT_LENGTH);
        Check.present("ownerId", owner);
        humanOversight = Check.text("humanOversight", humanOversight, Check.SHORT_TEXT_LENGTH);
    }

    public Optional<Integer> impactScore() {
        return Optional.ofNullable(impact).map(ImpactCriteria::score);
    }

    public Optional<Integer> complexityScore() {
        return Optional.ofNullable(complexity).map(ComplexityCriteria::score);
    }

    /** The matrix quadrant, once both impact and complexity are scored. */
    public Optional<Quadrant> quadrant() {
        return impact == null || complexity == null
                ? Optional.empty()
                : Optional.of(Quadrant.of(impact.score(), complexity.score()));
    }
}
