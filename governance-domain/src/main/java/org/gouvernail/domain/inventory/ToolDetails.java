package org.gouvernail.domain.inventory;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;

/** What is known of a tool: who makes it, what it does, where data goes, who uses it, what it costs. */
public record ToolDetails(
        String name,
        String vendor,
        String description,
        ToolCategory category,
        AccountType accountType,
        HostingRegion hostingRegion,
        Set<DataCategory> dataCategories,
        List<String> teams,
        Integer estimatedUsers,
        BigDecimal yearlyCostEur) {

    public static final int MAX_TEAMS = 50;
    public static final int TEAM_LENGTH = 100;
    public static final int MAX_USERS = 1_000_000;
    public static final BigDecimal MAX_YEARLY_COST = new BigDecimal("100000000");

    public ToolDetails {
        name = Check.name("name", name);
        vendor = Check.text("vendor", vendor, Check.NAME_LENGTH);
        description = Check.text("description", description, Check.SHORT_TEXT_LENGTH);
        Check.present("category", category);
        Check.present("accountType", accountType);
        hostingRegion = hostingRegion == null ? HostingRegion.UNKNOWN : hostingRegion;
        dataCategories = dataCategories == null || dataCategories.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(dataCategories));
        teams = distinctTeams(teams == null ? List.of() : Check.size("teams", teams, MAX_TEAMS));
        Check.range("estimatedUsers", estimatedUsers, 0, MAX_USERS);
        if (yearlyCostEur != null) {
            if (yearlyCostEur.signum() < 0
                    || yearlyCostEur.compareTo(MAX_YEARLY_COST) > 0
                    || yearlyCostEur.stripTrailingZeros().scale() > 2) {
                throw new InvalidInput(
                        "yearlyCostEur",
                        "out-of-range",
                        "yearlyCostEur must lie between 0 and 100000000 with at most 2 decimals",
                        "yearlyCostEur",
                        0,
                        MAX_YEARLY_COST);
            }
            yearlyCostEur = yearlyCostEur.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }
    }

    /** The most protected data category the tool touches, or PUBLIC when none is declared. */
    public DataCategory highestDataCategory() {
        return dataCategories.stream().max(Enum::compareTo).orElse(DataCategory.PUBLIC);
    }

    private static List<String> distinctTeams(List<String> teams) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String team : teams) {
            distinct.add(Check.text("teams", Check.present("teams", team), TEAM_LENGTH));
        }
        return List.copyOf(distinct);
    }
}
