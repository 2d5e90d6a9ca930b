package org.gouvernail.domain.training;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: what the association asks of whom in AI literacy, and why: the measures of art. 4 AI
 * Act "taking into account their technical knowledge, experience, education and training and the
 * context the AI systems are to be used in, and considering the persons on whom they are used".
 * Versioned: every change of its terms is a new revision (the dossier cites the revision in force);
 * a RETIRED requirement no longer asks anything and is never edited again.
 *
 * @param revision 1 when created, one more at each change of the terms
 * @param revisedAt when the current revision was written: the clock of a PERIODIC requirement starts there
 */
public record LiteracyRequirement(
        LiteracyRequirementId id,
        OrganisationId organisationId,
        RequirementTerms terms,
        RequirementStatus status,
        int revision,
        MemberId createdBy,
        Instant createdAt,
        Instant revisedAt,
        long version) {

    public LiteracyRequirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revisedAt, "revisedAt");
    }

    public static LiteracyRequirement create(
            LiteracyRequirementId id,
            OrganisationId organisationId,
            RequirementTerms terms,
            MemberId createdBy,
            Instant now) {
        return new LiteracyRequirement(id, organisationId, terms, RequirementStatus.ACTIVE, 1, createdBy, now, now, 0);
    }

    /** New terms, as a new revision. */
    public LiteracyRequirement revise(RequirementTerms changed, Instant now) {
        if (status != RequirementStatus.ACTIVE) {
            throw new RuleViolation("requirement-retired", "a retired requirement is not changed");
        }
        return new LiteracyRequirement(
                id, organisationId, changed, status, revision + 1, createdBy, createdAt, now, version);
    }

    public LiteracyRequirement retire() {
        if (status != RequirementStatus.ACTIVE) {
            throw new RuleViolation("requirement-retired", "the requirement is already retired");
        }
        return new LiteracyRequirement(
                id,
                organisationId,
                terms,
                RequirementStatus.RETIRED,
                revision,
                createdBy,
                createdAt,
                revisedAt,
                version);
    }

    public boolean isActive() {
        return status == RequirementStatus.ACTIVE;
    }
}
