package org.gouvernail.domain.catalogue;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: an entry of a federation's shared tool catalogue. DRAFT → PUBLISHED → DEPRECATED; the
 * federation ADMIN writes it. A published entry may still be revised: a revision that re-assesses the
 * tool (see {@link EntryContent#reassessedBy}) raises {@code revision}, the number adopters are
 * notified of; so does a deprecation.
 *
 * @param revision the assessment revision adopters last heard of (1 at publication, 0 as a draft)
 * @param publishedAt first publication (null as a draft)
 */
public record CatalogueEntry(
        CatalogueEntryId id,
        OrganisationId federationId,
        EntryContent content,
        CatalogueStatus status,
        int revision,
        Instant publishedAt,
        Instant changedAt,
        long version) {

    public CatalogueEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(federationId, "federationId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    public static CatalogueEntry draft(
            CatalogueEntryId id, OrganisationId federationId, EntryContent content, Instant now) {
        return new CatalogueEntry(id, federationId, content, CatalogueStatus.DRAFT, 0, null, now, 0);
    }

    /** The result of a revision: the entry and whether adopters must review their tool again. */
    public record Revised(CatalogueEntry entry, boolean reassessment) {}

    /** The federation changes the content; a deprecated entry is frozen. */
    public Revised revise(EntryContent changed, Instant now) {
        Objects.requireNonNull(changed, "content");
        if (status == CatalogueStatus.DEPRECATED) {
            throw transition("revise");
        }
        boolean reassessment = status == CatalogueStatus.PUBLISHED && content.reassessedBy(changed);
        return new Revised(
                new CatalogueEntry(
                        id,
                        federationId,
                        changed,
                        status,
                        reassessment ? revision + 1 : revision,
                        publishedAt,
                        now,
                        version),
                reassessment);
    }

    public CatalogueEntry publish(Instant now) {
        if (status != CatalogueStatus.DRAFT) {
            throw transition("publish");
        }
        return new CatalogueEntry(id, federationId, content, CatalogueStatus.PUBLISHED, 1, now, now, version);
    }

    /** Final: adopters are told to review their tool; members no longer adopt it. */
    public CatalogueEntry deprecate(Instant now) {
        if (status != CatalogueStatus.PUBLISHED) {
            throw transition("deprecate");
        }
        return new CatalogueEntry(
                id, federationId, content, CatalogueStatus.DEPRECATED, revision + 1, publishedAt, now, version);
    }

    /** Whether a member may adopt it now (membership is checked by the caller). */
    public boolean adoptable() {
        return status == CatalogueStatus.PUBLISHED;
    }

    private RuleViolation transition(String action) {
        return new RuleViolation(
                "catalogue-entry-transition",
                "cannot " + action + " a catalogue entry that is " + status,
                action,
                status);
    }
}
