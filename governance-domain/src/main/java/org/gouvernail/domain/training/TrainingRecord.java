package org.gouvernail.domain.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: one person completed one version of one module, on a day, by some method: the internal
 * record the Commission's Q&A on AI literacy (art. 4 AI Act) accepts as evidence. Append-only: a
 * record is never edited; a wrong one is voided with a reason ({@link RecordVoid}) and, where
 * needed, replaced by a new record. The person may have no account (a volunteer on a paper sheet).
 *
 * @param validUntil the last day it counts, fixed when it is written from the module's validity
 *     (none: no expiry), so that a later change of the module does not rewrite past evidence
 * @param sessionId the session whose closing wrote it, if any
 */
public record TrainingRecord(
        TrainingRecordId id,
        OrganisationId organisationId,
        MemberId memberId,
        TrainingModuleId moduleId,
        int moduleRevision,
        LocalDate completedOn,
        TrainingMethod method,
        Evidence evidence,
        TrainingSessionId sessionId,
        LocalDate validUntil,
        MemberId recordedBy,
        Instant recordedAt,
        RecordVoid voiding) {

    /** A record is EXPIRING this many days before its last valid day. */
    public static final int EXPIRING_WITHIN_DAYS = 30;

    public TrainingRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** A new record of {@code module} as it is now (its revision and validity). */
    public static TrainingRecord of(
            TrainingRecordId id,
            TrainingModule module,
            MemberId memberId,
            LocalDate completedOn,
            TrainingMethod method,
            Evidence evidence,
            TrainingSessionId sessionId,
            MemberId recordedBy,
            Instant now) {
        module.requireActive();
        if (completedOn.isAfter(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))) {
            throw new RuleViolation("completed-in-future", "a training is recorded once it is completed");
        }
        return new TrainingRecord(
                id,
                module.organisationId(),
                memberId,
                module.id(),
                module.revision(),
                completedOn,
                method,
                evidence,
                sessionId,
                module.content().validUntil(completedOn),
                recordedBy,
                now,
                null);
    }

    public TrainingRecord voided(RecordVoid correction) {
        if (voiding != null) {
            throw new RuleViolation("record-voided", "the record is already voided");
        }
        return new TrainingRecord(
                id,
                organisationId,
                memberId,
                moduleId,
                moduleRevision,
                completedOn,
                method,
                evidence,
                sessionId,
                validUntil,
                recordedBy,
                recordedAt,
                Objects.requireNonNull(correction, "correction"));
    }

    public Optional<RecordVoid> voidedBy() {
        return Optional.ofNullable(voiding);
    }

    /** Whether the record was written by {@code moment} (it did not exist before). */
    public boolean existedAt(Instant moment) {
        return !recordedAt.isAfter(moment);
    }

    /** Whether it had been voided by {@code moment}: a void written later does not change the past. */
    public boolean voidedAt(Instant moment) {
        return voiding != null && !voiding.voidedAt().isAfter(moment);
    }

    /**
     * Its status on {@code day}, given whether a later record of the same person and module, or a
     * version of the module asking for a refresh, supersedes it.
     */
    public RecordStatus statusOn(LocalDate day, boolean superseded) {
        if (superseded) {
            return RecordStatus.SUPERSEDED;
        }
        if (validUntil == null) {
            return RecordStatus.VALID;
        }
        if (day.isAfter(validUntil)) {
            return RecordStatus.EXPIRED;
        }
        return day.plusDays(EXPIRING_WITHIN_DAYS).isAfter(validUntil) ? RecordStatus.EXPIRING : RecordStatus.VALID;
    }

    /** Still counting on {@code day}: VALID or EXPIRING. */
    public boolean countsOn(LocalDate day, boolean superseded) {
        RecordStatus status = statusOn(day, superseded);
        return status == RecordStatus.VALID || status == RecordStatus.EXPIRING;
    }
}
