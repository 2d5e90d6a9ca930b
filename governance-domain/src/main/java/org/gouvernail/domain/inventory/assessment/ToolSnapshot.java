package org.gouvernail.domain.inventory.assessment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolDetails;
import org.gouvernail.domain.shared.DataCategory;

/**
 * What the assessment took from the tool when it was created: its data categories and hosting
 * region. Later changes to the tool do not rewrite an assessment made on other facts.
 */
public record ToolSnapshot(Set<DataCategory> dataCategories, HostingRegion hostingRegion) {

    public ToolSnapshot {
        dataCategories = dataCategories == null || dataCategories.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(dataCategories));
        hostingRegion = Objects.requireNonNullElse(hostingRegion, HostingRegion.UNKNOWN);
    }

    public static ToolSnapshot of(ToolDetails details) {
        return new ToolSnapshot(details.dataCategories(), details.hostingRegion());
    }

    /** The most protected category, or PUBLIC when none is declared. */
    public DataCategory highestDataCategory() {
        return dataCategories.stream().max(Enum::compareTo).orElse(DataCategory.PUBLIC);
    }

    /** PERSONAL data or above: validation by the data protection referent is then required. */
    public boolean touchesPersonalData() {
        return highestDataCategory().atLeast(DataCategory.PERSONAL);
    }
}
