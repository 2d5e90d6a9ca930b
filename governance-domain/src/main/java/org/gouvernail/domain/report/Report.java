package org.gouvernail.domain.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.gouvernail.domain.shared.Check;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: one report of an organisation. As a DRAFT its narrative (title, chair's words, summary)
 * changes and its data is drawn from the registers at each read; finalised, its content is frozen as
 * a JSON document whose SHA-256 it keeps, optionally with the committee decision that approved it.
 */
public record Report(
        UUID id,
        OrganisationId organisationId,
        ReportType type,
        LocalDate periodFrom,
        LocalDate periodTo,
        Language language,
        List<ReportSection> sections,
        List<UUID> scope,
        Narrative narrative,
        ReportStatus status,
        String frozenContent,
        String sha256,
        UUID approvedByDecision,
        Instant createdAt,
        Instant finalisedAt,
        long version) {

    /** How many use cases a funder report may be scoped to. */
    public static final int MAX_SCOPE = 50;

    /** How long a period may be: a little more than a year (an annual report and its margins). */
    public static final int MAX_PERIOD_DAYS = 400;

    /** What the registers do not say, written by the governors while the report is a DRAFT. */
    public record Narrative(String title, String chairWords, String summary) {

        public Narrative {
            title = Check.text("title", title, Check.NAME_LENGTH);
            chairWords = Check.text("chairWords", chairWords, Check.SHORT_TEXT_LENGTH * 5);
            summary = Check.text("summary", summary, Check.SHORT_TEXT_LENGTH * 5);
        }

        public static Narrative empty() {
            return new Narrative(null, null, null);
        }
    }

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Check.present("periodFrom", periodFrom);
        Check.present("periodTo", periodTo);
        Check.present("language", language);
        if (language != Language.FR && language != Language.EN) {
            throw new InvalidInput("language", "enum", "reports are written in French or English", "fr, en");
        }
        if (periodTo.isBefore(periodFrom)) {
            throw new InvalidInput("periodTo", "period-order", "the period ends before it starts", "periodFrom");
        }
        if (periodFrom.plusDays(MAX_PERIOD_DAYS).isBefore(periodTo)) {
            throw new InvalidInput("periodTo", "period-too-long", "a report covers at most 400 days", MAX_PERIOD_DAYS);
        }
        narrative = narrative == null ? Narrative.empty() : narrative;
        sections = sections == null || sections.isEmpty()
                ? type.defaultSections()
                : List.copyOf(new LinkedHashSet<>(sections));
        for (ReportSection section : sections) {
            if (!type.allows(section)) {
                throw new InvalidInput(
                        "sections", "section-not-allowed", "a " + type + " report cannot hold " + section, section);
            }
        }
        scope = scope == null ? List.of() : List.copyOf(new LinkedHashSet<>(scope));
        if (type.scoped() && scope.isEmpty()) {
            throw new InvalidInput("scope", "scope-required", "a funder report names the project's use cases", "scope");
        }
        if (!type.scoped() && !scope.isEmpty()) {
            throw new InvalidInput(
                    "scope", "scope-not-allowed", "only a funder report is scoped to use cases", "scope");
        }
        Check.size("scope", scope, MAX_SCOPE);
        if ((status == ReportStatus.FINAL) != (frozenContent != null && sha256 != null && finalisedAt != null)) {
            throw new IllegalArgumentException("a final report, and only one, has its frozen content and hash");
        }
    }

    public static Report draft(
            UUID id,
            OrganisationId organisationId,
            ReportType type,
            LocalDate periodFrom,
            LocalDate periodTo,
            Language language,
            List<ReportSection> sections,
            List<UUID> scope,
            Narrative narrative,
            Instant now) {
        return new Report(
                id,
                organisationId,
                type,
                periodFrom,
                periodTo,
                language,
                sections,
                scope,
                narrative,
                ReportStatus.DRAFT,
                null,
                null,
                null,
                now,
                null,
                0);
    }

    /** A DRAFT's narrative and sections; a FINAL one is frozen. */
    public Report edited(Narrative changed, List<ReportSection> changedSections) {
        requireDraft();
        return new Report(
                id,
                organisationId,
                type,
                periodFrom,
                periodTo,
                language,
                changedSections,
                scope,
                changed,
                status,
                null,
                null,
                null,
                createdAt,
                null,
                version);
    }

    /** DRAFT → FINAL: the content drawn now, as its JSON document, is frozen with its SHA-256. */
    public Report finalise(String contentJson, UUID decisionId, Instant now) {
        requireDraft();
        Objects.requireNonNull(contentJson, "contentJson");
        return new Report(
                id,
                organisationId,
                type,
                periodFrom,
                periodTo,
                language,
                sections,
                scope,
                narrative,
                ReportStatus.FINAL,
                contentJson,
                sha256Of(contentJson),
                decisionId,
                createdAt,
                now,
                version);
    }

    public boolean isFinal() {
        return status == ReportStatus.FINAL;
    }

    private void requireDraft() {
        if (status != ReportStatus.DRAFT) {
            throw new RuleViolation("report-final", "a final report is frozen: draft a new one", status);
        }
    }

    /** The lowercase hex SHA-256 of a text's UTF-8 bytes: what anyone can recompute from the frozen JSON. */
    public static String sha256Of(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
