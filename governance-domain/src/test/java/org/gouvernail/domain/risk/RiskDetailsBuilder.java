package org.gouvernail.domain.risk;

import java.time.LocalDate;
import java.util.Set;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;

/**
 * Test-data builder: what a risk says, with sensible defaults (a privacy risk rated 3×3, to mitigate,
 * no residual rating yet): {@code aRisk().rated(4, 5).withResidual(2, 2).build()}.
 */
public final class RiskDetailsBuilder {

    private String title = "Notes de suivi dans un chatbot";
    private String description;
    private RiskCategory category = RiskCategory.PRIVACY;
    private Integer likelihood = 3;
    private Integer severity = 3;
    private Integer residualLikelihood;
    private Integer residualSeverity;
    private Treatment treatment = Treatment.MITIGATE;
    private Set<ToolId> toolIds = Set.of();
    private MemberId ownerId;
    private LocalDate nextReviewDate;

    private RiskDetailsBuilder() {}

    public static RiskDetailsBuilder aRisk() {
        return new RiskDetailsBuilder();
    }

    public static RiskDetailsBuilder from(RiskDetails details) {
        return aRisk().titled(details.title())
                .withDescription(details.description())
                .inCategory(details.category())
                .rated(details.likelihood(), details.severity())
                .withResidual(details.residualLikelihood(), details.residualSeverity())
                .treatedBy(details.treatment())
                .about(details.toolIds())
                .ownedBy(details.ownerId())
                .reviewedOn(details.nextReviewDate());
    }

    public RiskDetailsBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public RiskDetailsBuilder withDescription(String description) {
        this.description = description;
        return this;
    }

    public RiskDetailsBuilder inCategory(RiskCategory category) {
        this.category = category;
        return this;
    }

    /** The inherent rating: likelihood and severity. */
    public RiskDetailsBuilder rated(Integer likelihood, Integer severity) {
        this.likelihood = likelihood;
        this.severity = severity;
        return this;
    }

    /** The residual rating, once mitigated. */
    public RiskDetailsBuilder withResidual(Integer likelihood, Integer severity) {
        this.residualLikelihood = likelihood;
        this.residualSeverity = severity;
        return this;
    }

    public RiskDetailsBuilder treatedBy(Treatment treatment) {
        this.treatment = treatment;
        return this;
    }

    public RiskDetailsBuilder about(Set<ToolId> toolIds) {
        this.toolIds = toolIds;
        return this;
    }

    public RiskDetailsBuilder ownedBy(MemberId ownerId) {
        this.ownerId = ownerId;
        return this;
    }

    public RiskDetailsBuilder reviewedOn(LocalDate nextReviewDate) {
        this.nextReviewDate = nextReviewDate;
        return this;
    }

    public RiskDetails build() {
        return new RiskDetails(
                title,
                description,
                category,
                likelihood,
                severity,
                residualLikelihood,
                residualSeverity,
                treatment,
                toolIds,
                ownerId,
                nextReviewDate);
    }
}
