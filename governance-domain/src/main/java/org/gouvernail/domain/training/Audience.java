package org.gouvernail.domain.training;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.usecase.UseCaseId;

/**
 * Value: whom a literacy requirement concerns (art. 4 AI Act: "staff and other persons dealing with
 * the operation and use of AI systems on their behalf", taking into account their role and the
 * context of use). Each criterion that is given narrows the audience, the criteria combine with
 * AND and the values of one criterion with OR; an audience without any criterion is every active
 * member. The tool criteria (tools, tool categories, use cases, data category) are met together by
 * one tool the person uses: "the users of a chatbot that touches PERSONAL data". A person's teams
 * are the teams of the tools they use (the inventory records teams on tools, not on people).
 *
 * @param dataCategoryAtLeast people using a tool that touches data of this category or a more protected one
 */
public record Audience(
        Set<PersonType> personTypes,
        Set<Role> roles,
        Set<String> teams,
        Set<ToolId> toolIds,
        Set<ToolCategory> toolCategories,
        Set<UseCaseId> useCaseIds,
        DataCategory dataCategoryAtLeast) {

    public static final int MAX_TEAMS = 20;
    public static final int TEAM_LENGTH = 100;
    public static final int MAX_TOOLS = 50;
    public static final int MAX_USE_CASES = 50;

    public Audience {
        personTypes = personTypes == null || personTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(personTypes));
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        teams = teams(teams);
        toolIds = toolIds == null ? Set.of() : Set.copyOf(Check.size("toolIds", toolIds, MAX_TOOLS));
        toolCategories = toolCategories == null || toolCategories.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(toolCategories));
        useCaseIds = useCaseIds == null ? Set.of() : Set.copyOf(Check.size("useCaseIds", useCaseIds, MAX_USE_CASES));
    }

    /** Every active member of the organisation. */
    public static Audience everyone() {
        return new Audience(null, null, null, null, null, null, null);
    }

    /** Whether a tool criterion is given: the person must then use a tool that meets them all. */
    public boolean namesTools() {
        return !toolIds.isEmpty() || !toolCategories.isEmpty() || !useCaseIds.isEmpty() || dataCategoryAtLeast != null;
    }

    private static Set<String> teams(Collection<String> teams) {
        if (teams == null || teams.isEmpty()) {
            return Set.of();
        }
        Check.size("teams", teams, MAX_TEAMS);
        Set<String> checked = new TreeSet<>();
        for (String team : teams) {
            checked.add(Check.text("teams", Check.present("teams", team), TEAM_LENGTH)
                    .strip());
        }
        return Set.copyOf(checked);
    }
}
