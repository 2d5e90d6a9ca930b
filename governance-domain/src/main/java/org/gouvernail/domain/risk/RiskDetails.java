package org.gouvernail.domain.risk;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * What is said of a risk: title, description, category, the inherent rating, the residual rating
 * (both values or none, never above the inherent ones), the treatment, the tools concerned, the
 * owner and the next review date.
 */
public record RiskDetails(
        String title,
        String description,
        RiskCategory category,
        Integer likelihood,
        Integer severity,
        Integer residualLikelihood,
        Integer residualSeverity,
        Treatment treatment,
        Set<ToolId> toolIds,
        MemberId ownerId,
        LocalDate nextReviewDate) {

    public static final int MAX_TOOLS = 50;

    public RiskDetails {
        title = Check.name("title", title);
        description = Check.text("description", description, Check.SHORT_TEXT_LENGTH);
        Check.present("category", category);
        Check.range("likelihood", Check.present("likelihood", likelihood), Rating.MIN, Rating.MAX);
        Check.range("severity", Check.present("severity", severity), Rating.MIN, Rating.MAX);
        if (residualLikelihood == null && residualSeverity != null) {
            throw new InvalidInput(
                    "residualLikelihood",
                    "required",
                    "residualLikelihood is required with residualSeverity",
                    "residualLikelihood");
        }
        if (residualSeverity == null && residualLikelihood != null) {
            throw new InvalidInput(
                    "residualSeverity",
                    "required",
                    "residualSeverity is required with residualLikelihood",
                    "residualSeverity");
        }
        Check.range("residualLikelihood", residualLikelihood, Rating.MIN, likelihood);
        Check.range("residualSeverity", residualSeverity, Rating.MIN, severity);
        toolIds = toolIds == null
                ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(Check.size("toolIds", toolIds, MAX_TOOLS)));
    }

    public Rating inherent() {
        return new Rating(likelihood, severity);
    }

    /** The rating once the mitigation actions are done, when someone assessed it. */
    public Optional<Rating> residual() {
        return residualLikelihood == null
                ? Optional.empty()
                : Optional.of(new Rating(residualLikelihood, residualSeverity));
    }

    public RiskDetails withTreatment(Treatment changed) {
        return new RiskDetails(
                title,
                description,
                category,
                likelihood,
                severity,
                residualLikelihood,
                residualSeverity,
                changed,
                toolIds,
                ownerId,
                nextReviewDate);
    }
}
