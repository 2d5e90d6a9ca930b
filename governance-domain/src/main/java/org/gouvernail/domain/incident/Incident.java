package org.gouvernail.domain.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: an incident or near miss of the organisation's log. Its severity and duties are
 * computed from the facts, never typed in; a handler may override the severity with a written
 * reason, and the duties follow. A duty keeps how it was settled when the facts change. Closing an
 * incident of severity MEDIUM or above needs its lessons learned.
 */
public record Incident(
        IncidentId id,
        OrganisationId organisationId,
        IncidentFacts facts,
        String country,
        SeverityAssessment assessment,
        Severity severityOverride,
        String overrideReason,
        IncidentStatus status,
        String lessonsLearned,
        List<Duty> duties,
        MemberId reportedBy,
        Instant reportedAt,
        long version) {

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reportedBy, "reportedBy");
        Objects.requireNonNull(reportedAt, "reportedAt");
        duties = duties == null ? List.of() : List.copyOf(duties);
    }

    public static Incident report(
            IncidentId id,
            OrganisationId organisationId,
            IncidentFacts facts,
            String country,
            MemberId by,
            Instant now) {
        SeverityAssessment assessment = SeverityAssessment.of(facts);
        return new Incident(
                id,
                organisationId,
                facts,
                country,
                assessment,
                null,
                null,
                IncidentStatus.REPORTED,
                null,
                Duties.of(facts, assessment.severity(), country),
                by,
                now,
                0);
    }

    /** The severity in force: the override when a handler set one, the computed one otherwise. */
    public Severity severity() {
        return severityOverride != null ? severityOverride : assessment.severity();
    }

    public boolean lateAt(Instant now) {
        return duties.stream().anyMatch(duty -> duty.lateAt(now));
    }

    public Incident withFacts(IncidentFacts changed) {
        SeverityAssessment recomputed = SeverityAssessment.of(changed);
        Severity effective = severityOverride != null ? severityOverride : recomputed.severity();
        return new Incident(
                id,
                organisationId,
                changed,
                country,
                recomputed,
                severityOverride,
                overrideReason,
                status,
                lessonsLearned,
                merged(Duties.of(changed, effective, country)),
                reportedBy,
                reportedAt,
                version);
    }

    /** Sets the severity by hand, with the reason; null restores the computed one. */
    public Incident overrideSeverity(Severity severity, String reason) {
        String checked = severity == null
                ? null
                : Check.text("reason", Check.present("reason", reason), Check.SHORT_TEXT_LENGTH);
        Severity effective = severity != null ? severity : assessment.severity();
        return new Incident(
                id,
                organisationId,
                facts,
                country,
                assessment,
                severity,
                checked,
                status,
                lessonsLearned,
                merged(Duties.of(facts, effective, country)),
                reportedBy,
                reportedAt,
                version);
    }

    public Incident moveTo(IncidentStatus target, String lessons) {
        if (!status.canMoveTo(target)) {
            throw new RuleViolation(
                    "incident-transition-refused",
                    "an incident " + status + " cannot become " + target,
                    status,
                    target);
        }
        String learned =
                lessons == null ? lessonsLearned : Check.text("lessonsLearned", lessons, Check.LONG_TEXT_LENGTH);
        if (target == IncidentStatus.CLOSED && severity().compareTo(Severity.MEDIUM) >= 0 && learned == null) {
            throw new RuleViolation(
                    "lessons-learned-required",
                    "closing a " + severity() + " incident needs its lessons learned",
                    severity());
        }
        return new Incident(
                id,
                organisationId,
                facts,
                country,
                assessment,
                severityOverride,
                overrideReason,
                target,
                learned,
                duties,
                reportedBy,
                reportedAt,
                version);
    }

    public Duty duty(DutyCode code) {
        return duties.stream()
                .filter(duty -> duty.code() == code)
                .findFirst()
                .orElseThrow(() -> new NotFound("duty", code));
    }

    public Incident completeDuty(DutyCode code, String reference, MemberId by, Instant now) {
        return withDuty(duty(code).done(reference, by, now));
    }

    public Incident waiveDuty(DutyCode code, String reason, MemberId by, Instant now) {
        return withDuty(duty(code).notRequired(reason, by, now));
    }

    private Incident withDuty(Duty changed) {
        List<Duty> list = new ArrayList<>();
        duties.forEach(duty -> list.add(duty.code() == changed.code() ? changed : duty));
        return new Incident(
                id,
                organisationId,
                facts,
                country,
                assessment,
                severityOverride,
                overrideReason,
                status,
                lessonsLearned,
                list,
                reportedBy,
                reportedAt,
                version);
    }

    /**
     * The freshly computed duties, keeping the settlement of those already there; a settled duty no
     * longer required stays (it happened), a pending one no longer required goes.
     */
    private List<Duty> merged(List<Duty> fresh) {
        List<Duty> list = new ArrayList<>();
        for (Duty duty : fresh) {
            list.add(duties.stream()
                    .filter(old -> old.code() == duty.code())
                    .findFirst()
                    .map(old -> old.recomputed(duty))
                    .orElse(duty));
        }
        duties.stream()
                .filter(old -> old.state() != DutyState.PENDING)
                .filter(old -> fresh.stream().noneMatch(duty -> duty.code() == old.code()))
                .forEach(list::add);
        return list;
    }
}
