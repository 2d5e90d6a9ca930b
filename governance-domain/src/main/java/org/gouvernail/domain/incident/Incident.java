package org.gouvernail.domain.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
        List<StepTick> ticks,
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
        ticks = ticks == null ? List.of() : List.copyOf(ticks);
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
                List.of(),
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
                ticks,
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
                ticks,
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
                ticks,
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

    /** The containment checklist of the incident's type, in the order to follow. */
    public List<ContainmentStep> checklist() {
        return ContainmentChecklists.of(facts.type());
    }

    /** How a step of the checklist was ticked, if it was. */
    public Optional<StepTick> tick(String code) {
        return ticks.stream().filter(tick -> tick.code().equals(code)).findFirst();
    }

    /** Ticks a step of the type's checklist, recording who and when; a step is ticked once. */
    public Incident tickStep(String code, MemberId by, Instant now) {
        ContainmentChecklists.step(facts.type(), code).orElseThrow(() -> new NotFound("checklist-step", code));
        if (tick(code).isPresent()) {
            throw new RuleViolation("checklist-step-ticked", "the step " + code + " is already ticked", code);
        }
        List<StepTick> list = new ArrayList<>(ticks);
        list.add(new StepTick(code, by, now));
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
                duties,
                list,
                reportedBy,
                reportedAt,
                version);
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
                ticks,
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
