package org.gouvernail.domain.incident;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: what is known of an incident. {@code detectedAt} starts the clocks (the GDPR's "aware":
 * EDPB Guidelines 9/2022); {@code highRiskSystem} says an AI Act high-risk system (Annex III) was
 * involved, which the association deploys.
 */
public record IncidentFacts(
        String title,
        String description,
        IncidentKind kind,
        IncidentType type,
        Instant occurredAt,
        Instant detectedAt,
        Set<UUID> toolIds,
        Set<UUID> useCaseIds,
        String policyRuleBreached,
        Set<DataCategory> dataCategories,
        String peopleGroups,
        Integer peopleCount,
        boolean vulnerablePeople,
        Set<HarmType> harms,
        boolean harmActual,
        boolean harmReversible,
        boolean highRiskSystem) {

    public static final int MAX_LINKS = 20;

    public IncidentFacts {
        title = Check.name("title", title);
        description = Check.text("description", description, Check.LONG_TEXT_LENGTH);
        Check.present("kind", kind);
        Check.present("type", type);
        Check.present("detectedAt", detectedAt);
        if (occurredAt != null && occurredAt.isAfter(detectedAt)) {
            throw new InvalidInput("occurredAt", "occurred-after-detection", "occurredAt is after detectedAt");
        }
        toolIds = Set.copyOf(Check.size("toolIds", toolIds == null ? Set.of() : toolIds, MAX_LINKS));
        useCaseIds = Set.copyOf(Check.size("useCaseIds", useCaseIds == null ? Set.of() : useCaseIds, MAX_LINKS));
        policyRuleBreached = Check.text("policyRuleBreached", policyRuleBreached, Check.NAME_LENGTH);
        dataCategories = dataCategories == null || dataCategories.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(dataCategories));
        peopleGroups = Check.text("peopleGroups", peopleGroups, Check.NAME_LENGTH);
        Check.range("peopleCount", peopleCount, 0, 100_000_000);
        harms = harms == null || harms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(harms));
    }

    /** Personal data is involved: the GDPR's breach duties apply (art. 4(12), 33, 34). */
    public boolean personalData() {
        return dataCategories.stream().anyMatch(category -> category.atLeast(DataCategory.PERSONAL));
    }

    /** Special categories (art. 9) or data of beneficiaries in a vulnerable situation. */
    public boolean sensitiveData() {
        return dataCategories.stream().anyMatch(category -> category.atLeast(DataCategory.SENSITIVE));
    }
}
