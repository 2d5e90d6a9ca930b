package org.gouvernail.domain.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;

/**
 * The link between a member's tool and the catalogue entry it was adopted from. The inherited
 * assessment stays the federation's (read-only for the member); the findings are the member's local
 * re-evaluation. {@code revisionSeen} is the entry revision the member last reviewed: a higher revision
 * upstream (re-assessment, deprecation) makes the adoption due for review.
 */
public record CatalogueAdoption(
        ToolId toolId,
        OrganisationId organisationId,
        CatalogueEntryId entryId,
        OrganisationId federationId,
        Set<DataCategory> dataCategories,
        List<AdoptionFinding> findings,
        int revisionSeen,
        Instant adoptedAt) {

    public CatalogueAdoption {
        Objects.requireNonNull(toolId, "toolId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(federationId, "federationId");
        Objects.requireNonNull(adoptedAt, "adoptedAt");
        dataCategories = Set.copyOf(dataCategories);
        findings = List.copyOf(findings);
        if (organisationId.equals(federationId)) {
            throw new RuleViolation("catalogue-self-adoption", "a federation does not adopt its own entries");
        }
    }

    /**
     * A member adopts a PUBLISHED entry (its ACTIVE membership of the entry's federation is checked by
     * the caller) for its tool, declaring its own data categories, re-evaluated against the ceiling.
     */
    public static CatalogueAdoption adopt(
            CatalogueEntry entry,
            OrganisationId organisationId,
            ToolId toolId,
            Set<DataCategory> dataCategories,
            Instant now) {
        if (!entry.adoptable()) {
            throw new RuleViolation(
                    "catalogue-entry-not-adoptable", "only a published catalogue entry can be adopted", entry.status());
        }
        List<AdoptionFinding> findings = LocalReevaluation.evaluate(entry.content(), dataCategories);
        return new CatalogueAdoption(
                toolId,
                organisationId,
                entry.id(),
                entry.federationId(),
                dataCategories,
                findings,
                entry.revision(),
                now);
    }

    /** Whether approval of the member's tool is blocked until its own assessment covers its data. */
    public boolean blocksApproval() {
        return LocalReevaluation.blocks(findings);
    }

    /**
     * The approval gate: a committee decision setting the tool APPROVED or APPROVED_WITH_CONDITIONS is
     * refused while the local re-evaluation blocks, unless the member validated an assessment of its
     * own after the adoption ({@code ownAssessmentValidatedAt}, null if none). RESTRICTED and FORBIDDEN
     * are always allowed.
     */
    public void checkDecision(ToolStatus target, Instant ownAssessmentValidatedAt) {
        boolean approval = target == ToolStatus.APPROVED || target == ToolStatus.APPROVED_WITH_CONDITIONS;
        boolean covered = ownAssessmentValidatedAt != null && ownAssessmentValidatedAt.isAfter(adoptedAt);
        if (approval && blocksApproval() && !covered) {
            throw new RuleViolation(
                    "catalogue-adoption-blocked",
                    "the tool's data goes beyond what the federation assessed: the organisation's own assessment"
                            + " must cover it before approval",
                    target);
        }
    }

    /** Whether the entry changed upstream since the member last reviewed it: a review item is due. */
    public boolean dueForReview(CatalogueEntry entry) {
        requireSameEntry(entry);
        return entry.revision() > revisionSeen;
    }

    /** The kind of the due item an upstream change raises in the adopting organisation. */
    public static final String REVIEW_KIND = "catalogue-adoption.review";

    /** Who reviews an adopted tool again: the committee, with the admins who adopted it. */
    public static final Set<Role> REVIEWERS = Set.of(Role.ADMIN, Role.COMMITTEE);

    /**
     * The review item the adopting organisation sees while the entry changed upstream (re-assessed or
     * deprecated) since its last review, without deadline: the tool, under its own name.
     */
    public Optional<DueItem> reviewItem(CatalogueEntry entry, String toolName) {
        if (!dueForReview(entry)) {
            return Optional.empty();
        }
        return Optional.of(new DueItem(
                organisationId,
                REVIEW_KIND,
                "TOOL",
                toolId.value(),
                toolName,
                null,
                Assignee.anyOf(REVIEWERS),
                "/api/v1/organisations/" + organisationId + "/tools/" + toolId));
    }

    /**
     * The member reviews the current entry: the findings are re-evaluated against its (possibly new)
     * ceiling and the review item closes.
     */
    public CatalogueAdoption reviewed(CatalogueEntry entry) {
        requireSameEntry(entry);
        return new CatalogueAdoption(
                toolId,
                organisationId,
                entryId,
                federationId,
                dataCategories,
                LocalReevaluation.evaluate(entry.content(), dataCategories),
                entry.revision(),
                adoptedAt);
    }

    private void requireSameEntry(CatalogueEntry entry) {
        if (!entry.id().equals(entryId)) {
            throw new IllegalArgumentException("adoption of " + entryId + " compared with " + entry.id());
        }
    }
}
