package org.gouvernail.rest.transparency;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.transparency.ProcessorAgreement;
import org.gouvernail.domain.transparency.StatementContent;
import org.gouvernail.domain.transparency.StatementEntry;
import org.gouvernail.domain.transparency.StatementFacts;
import org.gouvernail.domain.transparency.StatementRisk;
import org.gouvernail.domain.transparency.StatementStatus;
import org.gouvernail.domain.transparency.StatementTool;
import org.gouvernail.domain.transparency.TransparencyStatement;
import org.gouvernail.domain.transparency.port.in.AiTransparency.Narrative;

/** JSON shapes of the AI transparency statement, staff and public. */
final class TransparencyJson {

    static final int TEXT = 20_000;
    static final int SHORT = 2_000;
    static final int NAME = 200;

    private TransparencyJson() {}

    @Schema(
            name = "TransparencyNarrative",
            description =
                    "The fields the registers do not give. On a new draft, each missing field comes from the last "
                            + "published version (principles: from the easy-to-read summary of the policy in force). The contact "
                            + "is a role's address, never a person's. The two include flags choose the optional facts of a new "
                            + "draft (ignored when editing one); null keeps the last version's choice.")
    record NarrativeInput(
            @Size(max = TEXT) @Schema(nullable = true, maxLength = TEXT)
            String principles,

            @Size(max = 254) @Email @Schema(nullable = true, maxLength = 254, examples = "ia@solidarite-emploi.be")
            String contactAddress,

            @Size(max = SHORT) @Schema(nullable = true, maxLength = SHORT)
            String howToRaiseAConcern,

            @Schema(
                    nullable = true,
                    description = "Publish the share of people trained (the dashboard's literacy coverage)")
            Boolean includeTrainingCoverage,

            @Schema(
                    nullable = true,
                    description = "Publish the incidents of the last twelve months and what changed (lessons learned)")
            Boolean includeIncidents) {

        Narrative toDomain() {
            return new Narrative(
                    principles, contactAddress, howToRaiseAConcern, includeTrainingCoverage, includeIncidents);
        }

        static NarrativeInput from(StatementContent content) {
            return new NarrativeInput(
                    content.principles(), content.contactAddress(), content.howToRaiseAConcern(), null, null);
        }
    }

    @Schema(
            name = "TransparencyTool",
            description = "A tool of the entry, from the inventory and the vendor assessment")
    record ToolView(
            @Schema(maxLength = NAME) String name,
            @Schema(nullable = true, maxLength = NAME) String vendor,
            @Schema(maxLength = 30, examples = "EU") String hostingRegion,

            @Schema(
                    maxLength = 20,
                    enumeration = {"IN_PLACE", "PARTIAL", "MISSING", "UNKNOWN", "NOT_ASSESSED"},
                    description =
                            "Processor agreement (GDPR art. 28), as the latest validated vendor assessment answers item V01")
            ProcessorAgreement processorAgreement) {

        static ToolView from(StatementTool tool) {
            return new ToolView(tool.name(), tool.vendor(), tool.hostingRegion(), tool.processorAgreement());
        }
    }

    @Schema(name = "TransparencyRisk", description = "A main risk of the entry (risk register, through its tools)")
    record RiskView(
            @Schema(maxLength = NAME) String title,
            @Schema(maxLength = 40, examples = "PRIVACY") String category,

            @Schema(maxLength = 20, examples = "MEDIUM", description = "Current level: residual once assessed")
            String level,

            @Schema(type = SchemaType.ARRAY, maxItems = 50, description = "Mitigation actions not cancelled, by title")
            List<@Size(max = NAME) String> safeguards) {

        static RiskView from(StatementRisk risk) {
            return new RiskView(risk.title(), risk.category(), risk.level(), risk.safeguards());
        }
    }

    @Schema(
            name = "TransparencyReachAHuman",
            description = "How to reach a person about this use, or contest an outcome")
    record ReachView(
            @Schema(maxLength = 254, description = "The statement's contact address (a role's)")
            String contactAddress,

            @Schema(
                    maxLength = 200,
                    examples = "ai-transparency/questions",
                    description = "The public question form (POST, relative to /api/v1/public/organisations/{slug}/), "
                            + "with this entry's useCaseId in the body")
            String questionForm,

            @Schema(
                    nullable = true,
                    maxLength = 20,
                    enumeration = {"OFFERED", "NOT_OFFERED"},
                    description =
                            "Whether an outcome can be contested with a person (values check); null: not assessed")
            String recourse) {}

    @Schema(
            name = "TransparencyEntry",
            description = "One use case in use or in pilot that faces the public or affects beneficiaries")
    record EntryView(
            @Schema(maxLength = 36) UUID useCaseId,
            @Schema(maxLength = NAME) String name,
            @Schema(maxLength = 30, examples = "IN_USE") String stage,

            @Schema(nullable = true, maxLength = SHORT, description = "What it does, and does not do, in plain words")
            String whatItDoes,

            @Schema(type = SchemaType.ARRAY, maxItems = 100, description = "name (vendor, hosting region)")
            List<@Size(max = 600) String> tools,

            @Schema(type = SchemaType.ARRAY, maxItems = 20) List<@Size(max = 40) String> dataCategories,
            @Schema(nullable = true, maxLength = SHORT) String humanOversight,

            @Schema(nullable = true, maxLength = 30, examples = "TRANSPARENCY")
            String aiActTier,

            @Schema(type = SchemaType.ARRAY, maxItems = 50, description = "Duties of the AI Act classification (codes)")
            List<@Size(max = 200) String> disclosures,

            @Schema(nullable = true, maxLength = 30, examples = "NOT_INDICATED")
            String dpiaResult,

            @Schema(nullable = true) LocalDate since,

            @Schema(type = SchemaType.ARRAY, maxItems = 20, description = "Empty in versions drawn before it existed")
            List<ToolView> vendors,

            @Schema(type = SchemaType.ARRAY, maxItems = StatementRisk.MAIN, description = "Highest current level first")
            List<RiskView> risks,

            ReachView reachAHuman) {

        static EntryView from(StatementEntry entry, StatementContent content) {
            return new EntryView(
                    entry.useCaseId(),
                    entry.name(),
                    entry.stage(),
                    entry.whatItDoes(),
                    entry.tools(),
                    entry.dataCategories(),
                    entry.humanOversight(),
                    entry.aiActTier(),
                    entry.disclosures(),
                    entry.dpiaResult(),
                    entry.since(),
                    entry.vendors().stream().map(ToolView::from).toList(),
                    entry.risks().stream().map(RiskView::from).toList(),
                    new ReachView(content.contactAddress(), "ai-transparency/questions", entry.recourse()));
        }
    }

    @Schema(name = "TransparencyContent")
    record ContentView(
            @Schema(maxLength = NAME) String organisationName,
            @Schema(nullable = true, maxLength = TEXT) String principles,
            @Schema(maxLength = 254) String contactAddress,
            @Schema(nullable = true, maxLength = SHORT) String howToRaiseAConcern,

            @Schema(type = SchemaType.ARRAY, maxItems = StatementContent.MAX_ENTRIES)
            List<EntryView> entries,

            @Schema(
                    type = SchemaType.ARRAY,
                    maxItems = StatementContent.MAX_ENTRIES,
                    description = "Internal productivity uses, one line per activity (team): titles only")
            List<@Size(max = 4000) String> internalUses,

            @Schema(nullable = true, description = "The optional facts the organisation chose to publish")
            FactsView facts) {

        static ContentView from(StatementContent content) {
            return new ContentView(
                    content.organisationName(),
                    content.principles(),
                    content.contactAddress(),
                    content.howToRaiseAConcern(),
                    content.entries().stream()
                            .map(entry -> EntryView.from(entry, content))
                            .toList(),
                    content.internalUses(),
                    content.facts() == null ? null : FactsView.from(content.facts()));
        }
    }

    @Schema(name = "TransparencyFacts")
    record FactsView(
            @Schema(
                    nullable = true,
                    minimum = "0",
                    maximum = "100",
                    description =
                            "Share of active members holding a valid training record, in percent; null: not published")
            Integer literacyCoverage,

            @Schema(
                    nullable = true,
                    minimum = "0",
                    maximum = "100000",
                    description =
                            "Incidents and near misses detected in the twelve months before the draft; null: not published")
            Integer incidentsLast12Months,

            @Schema(
                    type = SchemaType.ARRAY,
                    maxItems = StatementFacts.MAX_LESSONS,
                    description = "What changed: first line of the lessons learned of those closed")
            List<@Size(max = StatementFacts.LESSON_LENGTH) String> lessonsLearned) {

        static FactsView from(StatementFacts facts) {
            return new FactsView(facts.literacyCoverage(), facts.incidentsLast12Months(), facts.lessonsLearned());
        }
    }

    @Schema(name = "TransparencyStatement", description = "One version of the statement, as staff see it")
    record StatementView(
            @Schema(maxLength = 36) UUID id,
            @Schema(minimum = "1", maximum = "100000") int number,
            @Schema(maxLength = 20) StatementStatus status,
            ContentView content,
            @Schema(nullable = true, maxLength = 36) UUID publishedByDecision,
            @Schema(nullable = true) Instant publishedAt,
            @Schema(nullable = true) Instant supersededAt) {

        static StatementView from(TransparencyStatement statement) {
            return new StatementView(
                    statement.id(),
                    statement.number(),
                    statement.status(),
                    ContentView.from(statement.content()),
                    statement.publishedByDecision(),
                    statement.publishedAt(),
                    statement.supersededAt());
        }
    }

    @Schema(name = "TransparencyStatementList", description = "Every version, newest first (at most 100)")
    record StatementList(
            @Schema(type = SchemaType.ARRAY, maxItems = 100) List<StatementView> items) {}

    @Schema(name = "PublicTransparencyStatement", description = "The statement in force, as the public reads it")
    record PublicView(
            @Schema(maxLength = 60) String organisation,
            @Schema(minimum = "1", maximum = "100000") int version,
            Instant publishedAt,
            ContentView content) {

        static PublicView from(String slug, TransparencyStatement statement) {
            return new PublicView(
                    slug, statement.number(), statement.publishedAt(), ContentView.from(statement.content()));
        }
    }

    @Schema(name = "PublicTransparencyVersion")
    record PublicVersion(
            @Schema(minimum = "1", maximum = "100000") int version,
            @Schema(maxLength = 20, examples = "SUPERSEDED") StatementStatus status,
            Instant publishedAt,
            @Schema(nullable = true) Instant supersededAt,
            ContentView content) {

        static PublicVersion from(TransparencyStatement statement) {
            return new PublicVersion(
                    statement.number(),
                    statement.status(),
                    statement.publishedAt(),
                    statement.supersededAt(),
                    ContentView.from(statement.content()));
        }
    }

    @Schema(name = "PublicTransparencyHistory", description = "Every published version, newest first (at most 100)")
    record PublicHistoryView(
            @Schema(maxLength = 60) String organisation,
            @Schema(type = SchemaType.ARRAY, maxItems = 100) List<PublicVersion> versions) {}

    @Schema(
            name = "TransparencyQuestion",
            description =
                    "A question or an error report on the published statement; anonymous, it becomes a feedback item")
    record QuestionInput(
            @NotNull
            @Schema(
                    maxLength = 20,
                    enumeration = {"QUESTION", "ERROR_REPORT"})
            FeedbackKind kind,

            @Schema(nullable = true, maxLength = 36, description = "A use case the statement lists")
            UUID useCaseId,

            @NotBlank @Size(max = 1900) @Schema(maxLength = 1900)
            String text) {}

    @Schema(name = "TransparencyQuestionReceived")
    record QuestionReceived(
            @Schema(maxLength = 36) UUID id,
            @Schema(maxLength = 20) FeedbackKind kind,
            LocalDate receivedOn) {}
}
