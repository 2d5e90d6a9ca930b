package org.gouvernail.domain.catalogue;

import java.time.LocalDate;
import java.util.Objects;
import org.gouvernail.domain.inventory.AccountType;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.assessment.AssessmentLevel;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * What a catalogue entry says: the tool's identity including its plan and account type (a team plan
 * is not the free plan), the federation's assessment summary (level and the highest data category the
 * assessment covers), its recommendation, links and review dates.
 *
 * @param plan the vendor's plan name, e.g. "Team" (null: not given)
 * @param dataCeiling the highest data category the federation's assessment covers
 * @param conditions required for ALLOWED_WITH_CONDITIONS (null otherwise allowed)
 * @param agreementUrl a processor-agreement template (null: none)
 * @param offerUrl a negotiated offer (null: none)
 */
public record EntryContent(
        String name,
        String vendor,
        ToolCategory category,
        AccountType accountType,
        String plan,
        HostingRegion hostingRegion,
        AssessmentLevel assessmentLevel,
        DataCategory dataCeiling,
        Recommendation recommendation,
        String conditions,
        String rationale,
        String agreementUrl,
        String offerUrl,
        LocalDate reviewedOn,
        LocalDate nextReviewOn) {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 4_000;
    public static final int MAX_URL = 2_000;

    public EntryContent {
        name = required("name", name, MAX_NAME);
        vendor = required("vendor", vendor, MAX_NAME);
        plan = optional("plan", plan, MAX_NAME);
        require("category", category);
        require("accountType", accountType);
        require("hostingRegion", hostingRegion);
        require("assessmentLevel", assessmentLevel);
        require("dataCeiling", dataCeiling);
        require("recommendation", recommendation);
        require("reviewedOn", reviewedOn);
        conditions = optional("conditions", conditions, MAX_TEXT);
        rationale = required("rationale", rationale, MAX_TEXT);
        agreementUrl = url("agreementUrl", agreementUrl);
        offerUrl = url("offerUrl", offerUrl);
        if (recommendation == Recommendation.ALLOWED_WITH_CONDITIONS && conditions == null) {
            throw new InvalidInput(
                    "conditions", "catalogue-conditions-required", "an entry allowed with conditions names them");
        }
        if (nextReviewOn != null && !nextReviewOn.isAfter(reviewedOn)) {
            throw new InvalidInput(
                    "nextReviewOn", "catalogue-review-order", "the next review comes after the review", nextReviewOn);
        }
    }

    /**
     * Whether {@code changed} is a re-assessment of this content for adopters: a new review date, a
     * different verdict, data ceiling, recommendation or conditions.
     */
    public boolean reassessedBy(EntryContent changed) {
        return !reviewedOn.equals(changed.reviewedOn)
                || assessmentLevel != changed.assessmentLevel
                || dataCeiling != changed.dataCeiling
                || recommendation != changed.recommendation
                || !Objects.equals(conditions, changed.conditions);
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw new InvalidInput(field, "required", field + " is required");
        }
    }

    private static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new InvalidInput(field, "required", field + " is required");
        }
        return text;
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInput(field, "too-long", field + " exceeds " + max + " characters", max);
        }
        return text;
    }

    private static String url(String field, String value) {
        String text = optional(field, value, MAX_URL);
        if (text != null && !(text.startsWith("https://") || text.startsWith("http://"))) {
            throw new InvalidInput(field, "catalogue-link-invalid", field + " is an http(s) address", text);
        }
        return text;
    }
}
