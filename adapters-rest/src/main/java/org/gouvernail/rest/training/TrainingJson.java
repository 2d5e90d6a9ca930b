package org.gouvernail.rest.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gouvernail.domain.inventory.ToolCategory;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.policy.PolicyId;
import org.gouvernail.domain.shared.Language;
import org.gouvernail.domain.training.AttendanceImport;
import org.gouvernail.domain.training.AttendanceStatus;
import org.gouvernail.domain.training.CatalogueModule;
import org.gouvernail.domain.training.Evidence;
import org.gouvernail.domain.training.EvidenceKind;
import org.gouvernail.domain.training.ModuleContent;
import org.gouvernail.domain.training.ModuleLevel;
import org.gouvernail.domain.training.ModuleStatus;
import org.gouvernail.domain.training.Provider;
import org.gouvernail.domain.training.ProviderKind;
import org.gouvernail.domain.training.RecordDraft;
import org.gouvernail.domain.training.RecordStatus;
import org.gouvernail.domain.training.RecordView;
import org.gouvernail.domain.training.SessionDetails;
import org.gouvernail.domain.training.SessionStatus;
import org.gouvernail.domain.training.Topic;
import org.gouvernail.domain.training.TrainingFormat;
import org.gouvernail.domain.training.TrainingMethod;
import org.gouvernail.domain.training.TrainingModule;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.TrainingRecord;
import org.gouvernail.domain.training.TrainingSession;
import org.gouvernail.rest.shared.LocalizedText;

/** JSON shapes of AI literacy: the starter catalogue, modules, sessions and records. */
final class TrainingJson {

    private TrainingJson() {}

    @Schema(name = "TrainingProvider", description = "Who delivers the module; an EXTERNAL one names its provider.")
    record ProviderJson(
            @NotNull @Schema(maxLength = 20) ProviderKind kind,

            @Size(max = 200) @Schema(nullable = true, examples = "University of Helsinki, MinnaLearn")
            String name,

            @Size(max = 500) @Schema(nullable = true, examples = "https://www.elementsofai.com/", format = "uri")
            String link) {

        static ProviderJson from(Provider provider) {
            return new ProviderJson(provider.kind(), provider.name(), provider.link());
        }

        Provider toDomain() {
            return new Provider(kind, name, link);
        }
    }

    @Schema(
            name = "TrainingModuleDetails",
            description = "What a training module teaches and how (PATCH a DRAFT with a JSON merge patch; an ACTIVE "
                    + "module gets a new version with POST …/revise and this whole object).")
    record Details(
            @NotBlank @Size(max = 200) @Schema(examples = "Vérifier une production de l'IA avant de l'utiliser")
            String title,

            @NotBlank @Size(max = 2000) String summary,

            @Size(max = 2000) @Schema(nullable = true, description = "Easy-to-read summary, for volunteers")
            String easySummary,

            @NotNull
            @Size(min = 1, max = 9)
            @Schema(type = SchemaType.ARRAY, implementation = Topic.class, minItems = 1, maxItems = 9)
            Set<@NotNull Topic> topics,

            @NotNull @Schema(maxLength = 20) ModuleLevel level,

            @Size(max = ModuleContent.MAX_OBJECTIVES)
            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = String.class,
                    maxItems = ModuleContent.MAX_OBJECTIVES,
                    description = "Learning objectives, one line each (at most 300 characters)")
            List<@NotBlank @Size(max = ModuleContent.OBJECTIVE_LENGTH) String> objectives,

            @Size(max = 50000) @Schema(nullable = true, description = "Outline, plain text or Markdown")
            String outline,

            @NotNull @Min(1) @Max(ModuleContent.MAX_DURATION_MINUTES) @Schema(minimum = "1", maximum = "6000")
            Integer durationMinutes,

            @NotNull
            @Size(min = 1, max = 5)
            @Schema(type = SchemaType.ARRAY, implementation = TrainingFormat.class, minItems = 1, maxItems = 5)
            Set<@NotNull TrainingFormat> formats,

            @NotNull
            @Size(min = 1, max = ModuleContent.MAX_LANGUAGES)
            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = String.class,
                    minItems = 1,
                    maxItems = ModuleContent.MAX_LANGUAGES,
                    description = "ISO 639-1 codes, e.g. fr, nl")
            Set<@NotNull @Pattern(regexp = "[a-z]{2}") String> languages,

            @Valid @Schema(nullable = true, description = "Default: INTERNAL")
            ProviderJson provider,

            @Min(1)
            @Max(ModuleContent.MAX_VALIDITY_MONTHS)
            @Schema(nullable = true, minimum = "1", maximum = "120", description = "null: the record never expires")
            Integer validityMonths,

            @Schema(nullable = true, description = "The usage policy an OUR_POLICY module teaches")
            UUID policyId,

            @Size(max = 8) @Schema(type = SchemaType.ARRAY, implementation = ToolCategory.class, maxItems = 8)
            Set<@NotNull ToolCategory> toolCategories,

            @Schema(description = "A new version makes the records of earlier versions SUPERSEDED", nullable = true)
            Boolean newVersionRequiresRefresh) {

        static Details from(ModuleContent content) {
            return new Details(
                    content.title(),
                    content.summary(),
                    content.easySummary(),
                    content.topics(),
                    content.level(),
                    content.objectives(),
                    content.outline(),
                    content.durationMinutes(),
                    content.formats(),
                    content.languages(),
                    ProviderJson.from(content.provider()),
                    content.validityMonths(),
                    content.policyId() == null ? null : content.policyId().value(),
                    content.toolCategories(),
                    content.newVersionRequiresRefresh());
        }

        ModuleContent toDomain() {
            return new ModuleContent(
                    title,
                    summary,
                    easySummary,
                    topics,
                    level,
                    objectives,
                    outline,
                    durationMinutes,
                    formats,
                    languages,
                    provider == null ? null : provider.toDomain(),
                    validityMonths,
                    policyId == null ? null : new PolicyId(policyId),
                    toolCategories,
                    Boolean.TRUE.equals(newVersionRequiresRefresh));
        }
    }

    @Schema(
            name = "TrainingModuleCreation",
            description =
                    "A module to create: a copy of a starter-catalogue entry (fromCatalogue, optionally code and "
                            + "language; the other fields are then ignored: adapt the DRAFT copy with PATCH), or a new module (code and details).")
    record Creation(
            @Size(max = 60)
            @Pattern(regexp = "[a-z0-9-]{1,60}")
            @Schema(nullable = true, examples = "checking-ai-outputs", pattern = "^[a-z0-9-]{1,60}$")
            String fromCatalogue,

            @Size(max = 2)
            @Pattern(regexp = "fr|en|nl")
            @Schema(
                    nullable = true,
                    enumeration = {"fr", "en", "nl"},
                    description = "Default: the organisation's")
            String language,

            @Size(max = 30)
            @Pattern(regexp = TrainingModule.CODE_PATTERN)
            @Schema(
                    nullable = true,
                    examples = "IA-102",
                    pattern = "^" + TrainingModule.CODE_PATTERN + "$",
                    description = "Required without fromCatalogue; with it, default the entry's code")
            String code,

            @Valid @Schema(nullable = true, description = "Required without fromCatalogue")
            Details details) {

        Language chosenLanguage() {
            return language == null ? null : Language.of(language);
        }
    }

    @Schema(name = "TrainingModule", description = "A training module of the organisation.")
    record ModuleView(
            UUID id,
            @Schema(maxLength = 30) String code,
            @Schema(maxLength = 20) ModuleStatus status,

            @Schema(minimum = "1", description = "Version of the content; records name the one followed")
            int revision,

            @Schema(minimum = "1", description = "Records of earlier revisions are SUPERSEDED")
            int refreshFromRevision,

            @Schema(nullable = true, maxLength = 60) String catalogueEntry,
            Details details,

            @Schema(description = "Whether the module has a quiz (GET …/quiz)")
            boolean hasQuiz,

            UUID createdBy,
            Instant createdAt) {

        static ModuleView from(TrainingModule module) {
            return new ModuleView(
                    module.id().value(),
                    module.code(),
                    module.status(),
                    module.revision(),
                    module.refreshFromRevision(),
                    module.catalogueEntry(),
                    Details.from(module.content()),
                    module.quiz() != null,
                    module.createdBy().value(),
                    module.createdAt());
        }
    }

    @Schema(name = "CatalogueModuleSummary", description = "A starter-catalogue module, named in every language.")
    record CatalogueSummary(
            @Schema(maxLength = 60) String id,
            @Schema(maxLength = 30) String code,
            LocalizedText title,
            LocalizedText summary,

            @Schema(type = SchemaType.ARRAY, implementation = Topic.class, maxItems = 9)
            List<Topic> topics,

            @Schema(maxLength = 20) ModuleLevel level,
            @Schema(minimum = "1", maximum = "6000") int durationMinutes,
            @Schema(maxLength = 20) ProviderKind provider,

            @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = 10)
            List<String> languages) {

        static CatalogueSummary from(CatalogueModule entry) {
            return new CatalogueSummary(
                    entry.id(),
                    entry.code(),
                    LocalizedText.of(entry.title()),
                    LocalizedText.of(entry.summary()),
                    entry.topics().stream().sorted().toList(),
                    entry.level(),
                    entry.durationMinutes(),
                    entry.provider().kind(),
                    entry.languages().stream().sorted().toList());
        }
    }

    @Schema(
            name = "CatalogueModule",
            description = "A starter-catalogue module in one language: what a copy starts with.")
    record CatalogueBody(
            @Schema(maxLength = 60) String id,
            @Schema(maxLength = 30) String code,
            @Schema(maxLength = 2) String language,
            Details details) {

        static CatalogueBody from(CatalogueModule entry, Language language) {
            return new CatalogueBody(
                    entry.id(),
                    entry.code(),
                    entry.title().servedIn(language).code(),
                    Details.from(entry.content(language)));
        }
    }

    @Schema(
            name = "TrainingSessionDetails",
            description = "A training session (PATCH with a JSON merge patch while PLANNED or HELD).")
    record SessionInput(
            @NotBlank @Size(max = 200) @Schema(examples = "Atelier IA des bénévoles")
            String title,

            @NotNull
            @Size(min = 1, max = SessionDetails.MAX_MODULES)
            @Schema(
                    type = SchemaType.ARRAY,
                    implementation = UUID.class,
                    minItems = 1,
                    maxItems = SessionDetails.MAX_MODULES,
                    description = "ACTIVE modules of this organisation")
            Set<@NotNull UUID> moduleIds,

            @NotNull @Schema(examples = "2026-12-05", maxLength = 10, implementation = String.class, format = "date")
            LocalDate date,

            @NotNull @Min(1) @Max(ModuleContent.MAX_DURATION_MINUTES) @Schema(minimum = "1", maximum = "6000")
            Integer durationMinutes,

            @NotNull @Schema(maxLength = 20) TrainingFormat format,

            @NotNull @Pattern(regexp = "[a-z]{2}") @Schema(maxLength = 2, pattern = "^[a-z]{2}$", examples = "fr")
            String language,

            @Size(max = 200) @Schema(nullable = true) String trainer,
            @Size(max = 200) @Schema(nullable = true) String place,

            @Min(1) @Max(SessionDetails.MAX_CAPACITY) @Schema(nullable = true, minimum = "1", maximum = "10000")
            Integer capacity) {

        static SessionInput from(SessionDetails details) {
            return new SessionInput(
                    details.title(),
                    details.moduleIds().stream().map(TrainingModuleId::value).collect(Collectors.toSet()),
                    details.date(),
                    details.durationMinutes(),
                    details.format(),
                    details.language(),
                    details.trainer(),
                    details.place(),
                    details.capacity());
        }

        SessionDetails toDomain() {
            return new SessionDetails(
                    title,
                    moduleIds == null
                            ? null
                            : moduleIds.stream().map(TrainingModuleId::new).collect(Collectors.toSet()),
                    date,
                    durationMinutes,
                    format,
                    language,
                    trainer,
                    place,
                    capacity);
        }
    }

    @Schema(name = "AttendanceMark", description = "One person's attendance.")
    record Mark(
            @NotNull UUID memberId,
            @NotNull @Schema(maxLength = 20) AttendanceStatus status) {}

    @Schema(name = "AttendanceMarks", description = "Attendance to set; people not listed keep theirs.")
    record Marks(
            @NotNull
            @Size(min = 1, max = 1000)
            @Schema(type = SchemaType.ARRAY, implementation = Mark.class, minItems = 1, maxItems = 1000)
            List<@NotNull @Valid Mark> marks) {}

    @Schema(name = "TrainingSession", description = "A training session with its attendance.")
    record SessionView(
            UUID id,
            SessionInput details,
            @Schema(maxLength = 20) SessionStatus status,

            @Schema(type = SchemaType.ARRAY, implementation = Mark.class, maxItems = 1000)
            List<Mark> attendance,

            @Schema(minimum = "0", maximum = "1000") int present,
            UUID plannedBy,
            @Schema(nullable = true) Instant closedAt) {

        static SessionView from(TrainingSession session) {
            return new SessionView(
                    session.id().value(),
                    SessionInput.from(session.details()),
                    session.status(),
                    session.attendance().entrySet().stream()
                            .map(entry -> new Mark(entry.getKey().value(), entry.getValue()))
                            .sorted(Comparator.comparing(Mark::memberId))
                            .toList(),
                    session.present().size(),
                    session.plannedBy().value(),
                    session.closedAt());
        }
    }

    @Schema(name = "AttendanceImportReport", description = "What an attendance sheet did.")
    record ImportReport(
            SessionView session,
            @Schema(minimum = "0", maximum = "1000") int matched,

            @Schema(type = SchemaType.ARRAY, implementation = UnmatchedLine.class, maxItems = 1000)
            List<UnmatchedLine> unmatched) {

        static ImportReport from(AttendanceImport result) {
            return new ImportReport(
                    SessionView.from(result.session()),
                    result.matched(),
                    result.unmatched().stream()
                            .map(line -> new UnmatchedLine(line.line(), line.reason()))
                            .toList());
        }
    }

    @Schema(name = "AttendanceUnmatchedLine", description = "A line of the sheet left out, and why.")
    record UnmatchedLine(
            @Schema(minimum = "2", maximum = "100000") int line,

            @Schema(
                    enumeration = {"unknown-person", "ambiguous-name", "no-status"},
                    maxLength = 20)
            String reason) {}

    @Schema(name = "ClosedTrainingSession", description = "The closed session and the records its closing wrote.")
    record ClosedView(
            SessionView session,

            @Schema(type = SchemaType.ARRAY, implementation = RecordJson.class, maxItems = 10000)
            List<RecordJson> records) {}

    @Schema(name = "TrainingEvidence", description = "What proves a record (optional: art. 4 asks for no certificate).")
    record EvidenceJson(
            @NotNull @Schema(maxLength = 30) EvidenceKind kind,

            @Size(max = 500) @Schema(nullable = true, examples = "Feuille de présence du 5 décembre")
            String reference) {

        static EvidenceJson from(Evidence evidence) {
            return evidence == null ? null : new EvidenceJson(evidence.kind(), evidence.reference());
        }

        Evidence toDomain() {
            return new Evidence(kind, reference);
        }
    }

    @Schema(
            name = "TrainingRecordCreation",
            description =
                    "A training completed outside a session (SESSION records are written by closing the session).")
    record RecordInput(
            @NotNull UUID memberId,
            @NotNull UUID moduleId,

            @NotNull @Schema(examples = "2026-11-20", maxLength = 10, implementation = String.class, format = "date")
            LocalDate completedOn,

            @NotNull @Schema(maxLength = 30) TrainingMethod method,
            @Valid @Schema(nullable = true) EvidenceJson evidence) {

        RecordDraft toDomain() {
            return new RecordDraft(
                    new MemberId(memberId),
                    new TrainingModuleId(moduleId),
                    completedOn,
                    method,
                    evidence == null ? null : evidence.toDomain());
        }
    }

    @Schema(name = "TrainingRecordVoiding", description = "Why a record is wrong, and optionally the right record.")
    record VoidRequest(
            @NotBlank @Size(max = 2000) @Schema(examples = "Inscrite par erreur : absente ce jour-là")
            String reason,

            @Valid @Schema(nullable = true) RecordInput replacement) {}

    @Schema(name = "TrainingRecordVoid", description = "The correction of a record.")
    record VoidJson(
            @Schema(maxLength = 2000) String reason,
            UUID voidedBy,
            Instant voidedAt,
            @Schema(nullable = true) UUID replacedBy) {}

    @Schema(name = "TrainingRecord", description = "One person completed one version of one module. Append-only.")
    record RecordJson(
            UUID id,
            UUID memberId,
            UUID moduleId,
            @Schema(minimum = "1") int moduleRevision,

            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate completedOn,

            @Schema(maxLength = 30) TrainingMethod method,
            @Schema(nullable = true) EvidenceJson evidence,
            @Schema(nullable = true) UUID sessionId,

            @Schema(nullable = true, maxLength = 10, implementation = String.class, format = "date")
            LocalDate validUntil,

            @Schema(nullable = true, maxLength = 20, description = "Today; null when voided")
            RecordStatus status,

            @Schema(nullable = true) VoidJson voided,
            UUID recordedBy,
            Instant recordedAt) {

        static RecordJson from(RecordView view) {
            TrainingRecord record = view.record();
            return new RecordJson(
                    record.id().value(),
                    record.memberId().value(),
                    record.moduleId().value(),
                    record.moduleRevision(),
                    record.completedOn(),
                    record.method(),
                    EvidenceJson.from(record.evidence()),
                    record.sessionId() == null ? null : record.sessionId().value(),
                    record.validUntil(),
                    view.status(),
                    record.voidedBy()
                            .map(correction -> new VoidJson(
                                    correction.reason(),
                                    correction.voidedBy().value(),
                                    correction.voidedAt(),
                                    correction.replacedBy() == null
                                            ? null
                                            : correction.replacedBy().value()))
                            .orElse(null),
                    record.recordedBy().value(),
                    record.recordedAt());
        }
    }

    @Schema(name = "VoidedTrainingRecord", description = "The voided record and the one that replaces it, if any.")
    record VoidedView(
            RecordJson voided, @Schema(nullable = true) RecordJson replacement) {}
}
