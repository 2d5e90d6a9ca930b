package org.gouvernail.domain.transparency;

import java.util.List;
import org.gouvernail.domain.shared.Check;

/**
 * Value: one of the main risks of a listed use case, from the risk register (an open risk on one
 * of its tools): its title, category, current level (residual once assessed) and the safeguards
 * taken or planned (its mitigation actions that are not cancelled, by title).
 */
public record StatementRisk(String title, String category, String level, List<String> safeguards) {

    /** How many risks an entry lists, the highest current level first. */
    public static final int MAIN = 5;

    public StatementRisk {
        title = Check.name("title", title);
        safeguards = safeguards == null ? List.of() : List.copyOf(safeguards);
    }
}
