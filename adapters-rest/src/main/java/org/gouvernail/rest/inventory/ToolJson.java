package org.gouvernail.rest.inventory;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.inventory.AccountType;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.HostingRegion;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.inventory.ToolDetails;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.inventory.assessment.AssessmentLevel;
import org.gouvernail.domain.inventory.assessment.LatestAssessment;
import org.gouvernail.domain.shared.DataCategory;

/** JSON shapes of the tool inventory resource. */
final class ToolJson {

    private ToolJson() {}

    @Schema(
            name = "ToolDetails",
            description = "A tool to declare, or the editable part of a tool (PATCH with a JSON merge patch).")
    record Details(
            @NotBlank @Size(max = 200) @Schema(examples = "ChatGPT")
            String name,

            @Size(max = 200) @Schema(examples = "OpenAI", nullable = true)
            String vendor,

            @Size(max = 2000) @Schema(examples = "Rédaction de posts pour les réseaux sociaux", nullable = true)
            String description,

            @NotNull @Schema(examples = "TEXT_GENERATION") ToolCategory category,
            @NotNull @Schema(examples = "PERSONAL_FREE") AccountType accountType,

            @Schema(examples = "UNITED_STATES", defaultValue = "UNKNOWN")
            HostingRegion hostingRegion,

            @Size(max = 5) @Schema(examples = "[\"INTERNAL\", \"PERSONAL\"]")
            Set<DataCategory> dataCategories,

            @Size(max = ToolDetails.MAX_TEAMS) @Schema(examples = "[\"Communication\"]")
            List<@NotBlank @Size(max = ToolDetails.TEAM_LENGTH) String> teams,

            @Min(0) @Max(ToolDetails.MAX_USERS) @Schema(examples = "5", nullable = true)
            Integer estimatedUsers,

            @DecimalMin("0")
            @DecimalMax("100000000")
            @Digits(integer = 9, fraction = 2)
            @Schema(examples = "0", nullable = true)
            BigDecimal yearlyCostEur) {

        static Details from(ToolDetails details) {
            return new Details(
                    details.name(),
                    details.vendor(),
                    details.description(),
                    details.category(),
                    details.accountType(),
                    details.hostingRegion(),
                    details.dataCategories(),
                    details.teams(),
                    details.estimatedUsers(),
                    details.yearlyCostEur());
        }

        ToolDetails toDomain() {
            return new ToolDetails(
                    name,
                    vendor,
                    description,
                    category,
                    accountType,
                    hostingRegion,
                    dataCategories,
                    teams,
                    estimatedUsers,
                    yearlyCostEur);
        }
    }

    @Schema(name = "Tool")
    record View(
            UUID id,
            @Schema(maxLength = 200) String name,
            @Schema(maxLength = 200, nullable = true) String vendor,
            @Schema(maxLength = 2000, nullable = true) String description,
            ToolCategory category,
            AccountType accountType,
            HostingRegion hostingRegion,
            @Schema(maxItems = 5) Set<DataCategory> dataCategories,

            @Schema(description = "The most protected data category the tool touches")
            DataCategory highestDataCategory,

            @Schema(maxItems = 50) List<@Size(max = ToolDetails.TEAM_LENGTH) String> teams,

            @Schema(nullable = true, minimum = "0", maximum = "1000000")
            Integer estimatedUsers,

            @Schema(nullable = true) BigDecimal yearlyCostEur,
            ToolStatus status,

            @Schema(description = "Member who declared the tool")
            UUID declaredBy,

            Instant declaredAt,

            @Schema(description = "Same value as the ETag header.", minimum = "0", maximum = "9223372036854775807")
            long version,

            @Schema(
                    nullable = true,
                    description =
                            "The latest validated vendor assessment, or null when none was validated yet. "
                                    + "A change of it changes the ETag of GET on the tool (version-qualifier; If-Match reads the version).")
            LatestAssessmentJson latestAssessment) {

        static View from(AiTool tool) {
            return from(tool, null);
        }

        static View from(AiTool tool, LatestAssessment latest) {
            ToolDetails details = tool.details();
            return new View(
                    tool.id().value(),
                    details.name(),
                    details.vendor(),
                    details.description(),
                    details.category(),
                    details.accountType(),
                    details.hostingRegion(),
                    details.dataCategories(),
                    details.highestDataCategory(),
                    details.teams(),
                    details.estimatedUsers(),
                    details.yearlyCostEur(),
                    tool.status(),
                    tool.declaredBy().value(),
                    tool.declaredAt(),
                    tool.version(),
                    latest == null ? null : LatestAssessmentJson.from(latest));
        }
    }

    @Schema(
            name = "LatestAssessment",
            description = "The tool's latest validated vendor assessment; older than 12 months it is stale")
    record LatestAssessmentJson(
            @Schema(description = "GET /api/v1/organisations/{orgId}/assessments/{id}")
            UUID id,

            Instant validatedAt,
            AssessmentLevel level,
            @Schema(minimum = "0", maximum = "100") int score,

            @Schema(minimum = "0", maximum = "1000000", description = "Whole days since validation")
            long ageDays,

            @Schema(description = "Validated more than 12 months ago: a new assessment is due")
            boolean stale) {

        static LatestAssessmentJson from(LatestAssessment latest) {
            return new LatestAssessmentJson(
                    latest.id().value(),
                    latest.validatedAt(),
                    latest.level(),
                    latest.score(),
                    latest.ageDays(),
                    latest.stale());
        }
    }
}
