package org.gouvernail.domain.inventory.assessment;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.Forbidden;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: the vendor security checklist applied to one tool at one date. It snapshots the
 * tool's data categories and hosting region at creation, is edited while DRAFT, then submitted and
 * validated. When the tool touches PERSONAL data or above, only a DATA_REFERENT other than the
 * author validates it, after submission; otherwise ADMIN, COMMITTEE or DATA_REFERENT may validate
 * it directly. A validated assessment never changes: a new one supersedes it.
 */
public record VendorAssessment(
        AssessmentId id,
        OrganisationId organisationId,
        ToolId toolId,
        ToolSnapshot tool,
        AssessmentInput input,
        AssessmentStatus status,
        MemberId author,
        Instant createdAt,
        Instant submittedAt,
        MemberId validatedBy,
        Instant validatedAt,
        String returnComment,
        long version) {

    public static final int COMMENT_LENGTH = Check.SHORT_TEXT_LENGTH;

    public VendorAssessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(toolId, "toolId");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new DRAFT assessment of a tool still in use, on the tool's facts of today. */
    public static VendorAssessment start(
            AssessmentId id, AiTool tool, AssessmentInput input, MemberId author, Instant now) {
        if (tool.status() == ToolStatus.RETIRED) {
            throw new RuleViolation("tool-retired", "a retired tool is not assessed any more");
        }
        return new VendorAssessment(
                id,
                tool.organisationId(),
                tool.id(),
                ToolSnapshot.of(tool.details()),
                input.inVersion(ChecklistItem.CURRENT_VERSION),
                AssessmentStatus.DRAFT,
                author,
                now,
                null,
                null,
                null,
                null,
                0);
    }

    /** Computed on every read from the answers, the snapshot and the context: never stored as the truth. */
    public AssessmentResult result() {
        return VendorChecklist.evaluate(tool, input);
    }

    /** PERSONAL data or above: the data protection referent must validate. */
    public boolean needsDataReferent() {
        return tool.touchesPersonalData();
    }

    /** The roles that may validate or return this assessment. */
    public Set<Role> validators() {
        return needsDataReferent() ? Set.of(Role.DATA_REFERENT) : Role.REVIEWERS;
    }

    /** The answers replaced; the assessment keeps its checklist version (its answers are checked against it). */
    public VendorAssessment withInput(AssessmentInput changed) {
        requireDraft();
        return new VendorAssessment(
                id,
                organisationId,
                toolId,
                tool,
                changed.inVersion(input.checklistVersion()),
                status,
                author,
                createdAt,
                submittedAt,
                validatedBy,
                validatedAt,
                returnComment,
                version);
    }

    /** DRAFT → SUBMITTED: the assessor asks for validation. */
    public VendorAssessment submit(Instant now) {
        if (status != AssessmentStatus.DRAFT) {
            throw refused(AssessmentStatus.SUBMITTED);
        }
        return new VendorAssessment(
                id,
                organisationId,
                toolId,
                tool,
                input,
                AssessmentStatus.SUBMITTED,
                author,
                createdAt,
                now,
                validatedBy,
                validatedAt,
                returnComment,
                version);
    }

    /**
     * → VALIDATED. With personal data: from SUBMITTED only, and never by the author (four eyes);
     * without: from DRAFT or SUBMITTED.
     */
    public VendorAssessment validate(MemberId validator, Instant now) {
        if (status == AssessmentStatus.VALIDATED) {
            throw refused(AssessmentStatus.VALIDATED);
        }
        if (needsDataReferent()) {
            if (status != AssessmentStatus.SUBMITTED) {
                throw new RuleViolation(
                        "assessment-not-submitted",
                        "an assessment touching personal data is submitted before validation");
            }
            if (validator.equals(author)) {
                throw new Forbidden("validate-own-assessment");
            }
        }
        return new VendorAssessment(
                id,
                organisationId,
                toolId,
                tool,
                input,
                AssessmentStatus.VALIDATED,
                author,
                createdAt,
                submittedAt,
                validator,
                now,
                returnComment,
                version);
    }

    /** SUBMITTED → DRAFT, with the comment that tells the author what to review. */
    public VendorAssessment sendBack(String comment) {
        String reason = Check.text("comment", Check.present("comment", comment), COMMENT_LENGTH);
        if (status != AssessmentStatus.SUBMITTED) {
            throw refused(AssessmentStatus.DRAFT);
        }
        return new VendorAssessment(
                id,
                organisationId,
                toolId,
                tool,
                input,
                AssessmentStatus.DRAFT,
                author,
                createdAt,
                null,
                validatedBy,
                validatedAt,
                reason,
                version);
    }

    public boolean isAuthor(MemberId member) {
        return author.equals(member);
    }

    private void requireDraft() {
        if (status != AssessmentStatus.DRAFT) {
            throw new RuleViolation("assessment-not-draft", "assessment " + id + " is " + status, status);
        }
    }

    private RuleViolation refused(AssessmentStatus target) {
        return new RuleViolation(
                "assessment-transition-refused",
                "an assessment " + status + " cannot become " + target,
                status,
                target);
    }
}
