package org.gouvernail.domain.transparency;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: one version of an organisation's public AI transparency statement. Its content
 * changes only as a DRAFT; IN_REVIEW waits for the committee; it becomes PUBLISHED only by a
 * committee decision, and is then a frozen snapshot until a later version supersedes it.
 */
public record TransparencyStatement(
        UUID id,
        OrganisationId organisationId,
        int number,
        StatementStatus status,
        StatementContent content,
        UUID publishedByDecision,
        Instant publishedAt,
        Instant supersededAt,
        long version) {

    public TransparencyStatement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(content, "content");
        if ((status == StatementStatus.PUBLISHED || status == StatementStatus.SUPERSEDED)
                != (publishedByDecision != null)) {
            throw new IllegalArgumentException("a published statement, and only one, names its decision");
        }
    }

    public static TransparencyStatement draft(
            UUID id, OrganisationId organisationId, int number, StatementContent content) {
        return new TransparencyStatement(
                id, organisationId, number, StatementStatus.DRAFT, content, null, null, null, 0);
    }

    public TransparencyStatement withContent(StatementContent changed) {
        require(StatementStatus.DRAFT, "statement-frozen");
        return new TransparencyStatement(id, organisationId, number, status, changed, null, null, null, version);
    }

    public TransparencyStatement submit() {
        require(StatementStatus.DRAFT, "statement-transition-refused");
        return moved(StatementStatus.IN_REVIEW, null, null, null);
    }

    /** Back to DRAFT, when the committee asks for changes. */
    public TransparencyStatement reopen() {
        require(StatementStatus.IN_REVIEW, "statement-transition-refused");
        return moved(StatementStatus.DRAFT, null, null, null);
    }

    /** Published by the committee's decision {@code decisionId}: the only way to publish. */
    public TransparencyStatement publishByDecision(UUID decisionId, Instant now) {
        Objects.requireNonNull(decisionId, "decisionId");
        require(StatementStatus.IN_REVIEW, "statement-transition-refused");
        return moved(StatementStatus.PUBLISHED, decisionId, now, null);
    }

    public TransparencyStatement supersede(Instant now) {
        require(StatementStatus.PUBLISHED, "statement-transition-refused");
        return moved(StatementStatus.SUPERSEDED, publishedByDecision, publishedAt, now);
    }

    private TransparencyStatement moved(StatementStatus target, UUID decision, Instant published, Instant superseded) {
        return new TransparencyStatement(
                id, organisationId, number, target, content, decision, published, superseded, version);
    }

    private void require(StatementStatus expected, String code) {
        if (status != expected) {
            throw new RuleViolation(code, "a " + status + " statement cannot do this", status);
        }
    }
}
