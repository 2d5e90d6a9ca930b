package org.gouvernail.domain.training;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: a training module of an organisation, versioned. Its rules:
 * <ul>
 * <li>a DRAFT is edited freely and becomes ACTIVE at version 1 when published;</li>
 * <li>an ACTIVE module's content changes only through a new version ({@link #revise}), which the
 * records keep pointing at: a record says which version the person followed; when the new content
 * asks for it, the records of earlier versions become SUPERSEDED ({@link #refreshFromRevision});</li>
 * <li>a RETIRED module stays as it was, for the records that name it;</li>
 * <li>the code never changes: people and paper sheets name the module by it.</li>
 * </ul>
 *
 * @param revision the content's version, 1 for the first published one
 * @param refreshFromRevision the oldest revision whose records still count
 * @param catalogueEntry the starter-catalogue entry the module was copied from, if any
 * @param quiz the optional quiz scored by the server, or null
 */
public record TrainingModule(
        TrainingModuleId id,
        OrganisationId organisationId,
        String code,
        ModuleContent content,
        ModuleStatus status,
        int revision,
        int refreshFromRevision,
        String catalogueEntry,
        MemberId createdBy,
        Instant createdAt,
        ModuleQuiz quiz,
        long version) {

    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{0,29}";

    public TrainingModule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        code = code(code);
    }

    /** A new module is a DRAFT of revision 1, at version 0. */
    public static TrainingModule draft(
            TrainingModuleId id,
            OrganisationId organisationId,
            String code,
            ModuleContent content,
            String catalogueEntry,
            MemberId createdBy,
            Instant now) {
        return new TrainingModule(
                id, organisationId, code, content, ModuleStatus.DRAFT, 1, 1, catalogueEntry, createdBy, now, null, 0);
    }

    /** A module code: upper-case letters, digits and dashes, such as "IA-101". */
    public static String code(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("code", "required", "code is required", "code");
        }
        String trimmed = code.strip();
        if (!trimmed.matches(CODE_PATTERN)) {
            throw new InvalidInput(
                    "code", "module-code", "a module code is 1–30 upper-case letters, digits or dashes", "code");
        }
        return trimmed;
    }

    public TrainingModule withContent(ModuleContent changed) {
        if (status != ModuleStatus.DRAFT) {
            throw new RuleViolation(
                    "module-not-draft", "only a draft module is edited; an active one gets a new version", status);
        }
        return with(changed, status, revision, refreshFromRevision);
    }

    public TrainingModule publish() {
        if (status != ModuleStatus.DRAFT) {
            throw new RuleViolation("module-not-draft", "only a draft module is published", status);
        }
        return with(content, ModuleStatus.ACTIVE, revision, refreshFromRevision);
    }

    /** A new version of an active module; with newVersionRequiresRefresh, earlier versions' records are superseded. */
    public TrainingModule revise(ModuleContent changed) {
        if (status != ModuleStatus.ACTIVE) {
            throw new RuleViolation("module-not-active", "only an active module gets a new version", status);
        }
        int next = revision + 1;
        return with(changed, status, next, changed.newVersionRequiresRefresh() ? next : refreshFromRevision);
    }

    public TrainingModule retire() {
        if (status == ModuleStatus.RETIRED) {
            throw new RuleViolation("module-retired", "the module is already retired");
        }
        return with(content, ModuleStatus.RETIRED, revision, refreshFromRevision);
    }

    /** Sessions are planned and records written only for a module that was published and not retired. */
    public void requireActive() {
        if (status != ModuleStatus.ACTIVE) {
            throw new RuleViolation("module-not-active", "module " + code + " is " + status, status);
        }
    }

    /** Whether a record of {@code recordRevision} still counts, as far as the module's versions go. */
    public boolean stillCounts(int recordRevision) {
        return recordRevision >= refreshFromRevision;
    }

    private TrainingModule with(ModuleContent changed, ModuleStatus newStatus, int newRevision, int refreshFrom) {
        return new TrainingModule(
                id,
                organisationId,
                code,
                changed,
                newStatus,
                newRevision,
                refreshFrom,
                catalogueEntry,
                createdBy,
                createdAt,
                quiz,
                version);
    }

    /** Sets or removes ({@code null}) the module's quiz, whatever its status: the quiz is not part of the content's version. */
    public TrainingModule withQuiz(ModuleQuiz changed) {
        if (status == ModuleStatus.RETIRED) {
            throw new RuleViolation("module-retired", "the module is retired");
        }
        return new TrainingModule(
                id,
                organisationId,
                code,
                content,
                status,
                revision,
                refreshFromRevision,
                catalogueEntry,
                createdBy,
                createdAt,
                changed,
                version);
    }
}
