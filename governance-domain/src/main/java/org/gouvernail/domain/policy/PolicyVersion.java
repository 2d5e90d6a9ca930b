package org.gouvernail.domain.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.RuleViolation;

/**
 * Aggregate: one numbered version of a usage policy. It is written as a DRAFT, goes IN_REVIEW
 * for the committee, and only a committee decision publishes it ({@link #publish}); publishing
 * supersedes the version published before. A published version never changes again: changes
 * start a new draft copied from it ({@link #nextDraft}).
 */
public record PolicyVersion(
        VersionId id,
        PolicyId policyId,
        OrganisationId organisationId,
        int number,
        VersionStatus status,
        String language,
        VersionContent content,
        Integer basedOn,
        UUID publishedBy,
        Instant publishedAt,
        Instant supersededAt,
        MemberId createdBy,
        long version,
        Instant createdAt) {

    /** The languages a version can be written in: those of the platform. */
    public static final Set<String> LANGUAGES =
            Arrays.stream(Language.values()).map(Language::code).collect(Collectors.toUnmodifiableSet());

    public PolicyVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(status, "status");
        language = language(language);
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** "fr", "en" or "nl" (a regional variant such as "fr-BE" is reduced to its language). */
    public static String language(String code) {
        if (code == null) {
            throw new InvalidInput("language", "required", "language is required", "language");
        }
        String language = code.strip().toLowerCase(Locale.ROOT);
        language = language.length() > 2 && (language.charAt(2) == '-' || language.charAt(2) == '_')
                ? language.substring(0, 2)
                : language;
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInput(
                    "language",
                    "unsupported-language",
                    "language must be one of " + String.join(", ", LANGUAGES),
                    "language",
                    code);
        }
        return language;
    }

    public static PolicyVersion first(
            VersionId id,
            PolicyId policyId,
            OrganisationId organisationId,
            String language,
            VersionContent content,
            MemberId createdBy,
            Instant now) {
        return new PolicyVersion(
                id,
                policyId,
                organisationId,
                1,
                VersionStatus.DRAFT,
                language,
                content,
                null,
                null,
                null,
                null,
                createdBy,
                0,
                now);
    }

    /** A new DRAFT numbered {@code number}, copied from this version (the usual way to change a published policy). */
    public PolicyVersion nextDraft(VersionId newId, int number, MemberId author, Instant now) {
        return new PolicyVersion(
                newId,
                policyId,
                organisationId,
                number,
                VersionStatus.DRAFT,
                language,
                content,
                this.number,
                null,
                null,
                null,
                author,
                0,
                now);
    }

    public PolicyVersion edit(String changedLanguage, VersionContent changed) {
        requireStatus(VersionStatus.DRAFT, "version-not-draft");
        return with(VersionStatus.DRAFT, changedLanguage, changed, publishedBy, publishedAt, supersededAt);
    }

    /** DRAFT → IN_REVIEW: the text, the summary and a review date are needed for the committee to read. */
    public PolicyVersion submitForReview(LocalDate today) {
        requireStatus(VersionStatus.DRAFT, "version-not-draft");
        if (content.body() == null) {
            throw new RuleViolation("version-incomplete", "the version has no text", "body");
        }
        if (content.summary() == null) {
            throw new RuleViolation("version-incomplete", "the version has no easy-to-read summary", "summary");
        }
        if (content.nextReviewDate() == null || !content.nextReviewDate().isAfter(today)) {
            throw new RuleViolation(
                    "version-incomplete", "the version needs a review date in the future", "nextReviewDate");
        }
        return with(VersionStatus.IN_REVIEW, language, content, null, null, null);
    }

    /** IN_REVIEW → DRAFT: taken back for changes, or rejected by the committee. */
    public PolicyVersion returnToDraft() {
        requireStatus(VersionStatus.IN_REVIEW, "version-not-in-review");
        return with(VersionStatus.DRAFT, language, content, null, null, null);
    }

    /** IN_REVIEW → PUBLISHED, by the committee decision {@code decisionId}. */
    public PolicyVersion publish(UUID decisionId, Instant now) {
        Objects.requireNonNull(decisionId, "decisionId");
        requireStatus(VersionStatus.IN_REVIEW, "version-not-in-review");
        return with(VersionStatus.PUBLISHED, language, content, decisionId, now, null);
    }

    /** PUBLISHED → SUPERSEDED, when the committee publishes a later version of the same policy. */
    public PolicyVersion supersede(Instant now) {
        requireStatus(VersionStatus.PUBLISHED, "version-not-published");
        return with(VersionStatus.SUPERSEDED, language, content, publishedBy, publishedAt, now);
    }

    /** Members confirm having read the version in force, not a draft nor an old one. */
    public void requireAcknowledgeable() {
        requireStatus(VersionStatus.PUBLISHED, "version-not-published");
    }

    private void requireStatus(VersionStatus required, String code) {
        if (status != required) {
            throw new RuleViolation(code, "version " + number + " is " + status + ", not " + required, number, status);
        }
    }

    private PolicyVersion with(
            VersionStatus newStatus,
            String newLanguage,
            VersionContent newContent,
            UUID decision,
            Instant published,
            Instant superseded) {
        return new PolicyVersion(
                id,
                policyId,
                organisationId,
                number,
                newStatus,
                newLanguage,
                newContent,
                basedOn,
                decision,
                published,
                superseded,
                createdBy,
                version,
                createdAt);
    }
}
