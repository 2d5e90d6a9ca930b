package org.gouvernail.rest.training;

import static org.gouvernail.rest.shared.Params.organisationId;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.training.LiteracyDossier;
import org.gouvernail.domain.training.LiteracyDossier.PersonLine;
import org.gouvernail.domain.training.LiteracyDossier.RecordLine;
import org.gouvernail.domain.training.ModuleStatus;
import org.gouvernail.domain.training.RecordStatus;
import org.gouvernail.domain.training.SessionStatus;
import org.gouvernail.domain.training.TrainingMethod;
import org.gouvernail.domain.training.TrainingModuleId;
import org.gouvernail.domain.training.port.in.TrainingProgramme;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.ExportFormat;
import org.gouvernail.rest.shared.Messages;
import org.gouvernail.rest.shared.RequestProblem;
import org.gouvernail.rest.shared.Spreadsheets;

/**
 * REST resource: the evidence dossier of the organisation's AI literacy measures (art. 4 AI Act) as of
 * any day, reproducible: a record voided after that day still shows as it counted then.
 */
@Path("/api/v1/organisations/{orgId}/training-dossier")
@Authenticated
@Tag(name = "Training")
public class TrainingDossierResource {

    private final TrainingProgramme programme;
    private final CallerFactory callers;
    private final Clock clock;

    public TrainingDossierResource(TrainingProgramme programme, CallerFactory callers, Clock clock) {
        this.programme = programme;
        this.callers = callers;
        this.clock = clock;
    }

    @Schema(
            name = "TrainingDossierRequirement",
            description = "A literacy requirement in force that day, in the revision then in force")
    record RequirementLine(
            UUID id,

            @Schema(minimum = "1", description = "The revision in force that day")
            int revision,

            @Schema(description = "When that revision was written")
            Instant revisedAt,

            LiteracyJson.Terms terms) {}

    @Schema(name = "TrainingDossierModule")
    record ModuleLine(
            UUID id,
            @Schema(maxLength = 30) String code,
            @Schema(maxLength = 200) String title,
            @Schema(minimum = "1") int revision,
            @Schema(maxLength = 20) ModuleStatus status,

            @Schema(nullable = true, minimum = "1", maximum = "120")
            Integer validityMonths) {}

    @Schema(name = "TrainingDossierSession")
    record SessionLine(
            UUID id,
            @Schema(maxLength = 200) String title,

            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate date,

            @Schema(maxLength = 20) SessionStatus status,

            @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = 10)
            List<UUID> moduleIds,

            @Schema(minimum = "0", maximum = "1000") int present,
            @Schema(minimum = "0", maximum = "1000") int marked) {}

    @Schema(name = "TrainingDossierRecord")
    record RecordEntry(
            UUID recordId,
            UUID moduleId,
            @Schema(nullable = true, maxLength = 30) String moduleCode,
            @Schema(nullable = true, maxLength = 200) String moduleTitle,
            @Schema(minimum = "1") int moduleRevision,

            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate completedOn,

            @Schema(maxLength = 30) TrainingMethod method,

            @Schema(nullable = true, maxLength = 10, implementation = String.class, format = "date")
            LocalDate validUntil,

            @Schema(maxLength = 20) RecordStatus status) {}

    @Schema(name = "TrainingDossierPerson")
    record PersonEntry(
            UUID memberId,

            @Schema(nullable = true, maxLength = 200, description = "Only for ADMIN and DATA_REFERENT")
            String name,

            @Schema(nullable = true, maxLength = 20) PersonType personType,

            @Schema(type = SchemaType.ARRAY, implementation = RecordEntry.class, maxItems = 10000)
            List<RecordEntry> records) {}

    @Schema(name = "TrainingDossier", description = "The AI literacy evidence as of the end of one day (UTC).")
    record DossierJson(
            UUID organisationId,

            @Schema(maxLength = 10, implementation = String.class, format = "date")
            LocalDate asOf,

            Instant generatedAt,
            @Schema(maxLength = 500) String basis,
            boolean namesShown,

            @Schema(type = SchemaType.ARRAY, implementation = RequirementLine.class, maxItems = 10000)
            List<RequirementLine> requirements,

            @Schema(type = SchemaType.ARRAY, implementation = ModuleLine.class, maxItems = 10000)
            List<ModuleLine> modules,

            @Schema(type = SchemaType.ARRAY, implementation = SessionLine.class, maxItems = 10000)
            List<SessionLine> sessions,

            @Schema(type = SchemaType.ARRAY, implementation = PersonEntry.class, maxItems = 10000)
            List<PersonEntry> people,

            @Schema(description = "Records by status that day")
            Map<RecordStatus, Long> totals,

            @Schema(description = "People with records, by person type")
            Map<PersonType, Long> peopleByType) {

        static DossierJson from(LiteracyDossier dossier) {
            return new DossierJson(
                    dossier.organisationId().value(),
                    dossier.asOf(),
                    dossier.generatedAt(),
                    LiteracyDossier.BASIS,
                    dossier.namesShown(),
                    dossier.requirements().stream()
                            .map(requirement -> new RequirementLine(
                                    requirement.id().value(),
                                    requirement.revision(),
                                    requirement.revisedAt(),
                                    LiteracyJson.Terms.from(requirement.terms())))
                            .toList(),
                    dossier.modules().stream()
                            .map(module -> new ModuleLine(
                                    module.id().value(),
                                    module.code(),
                                    module.content().title(),
                                    module.revision(),
                                    module.status(),
                                    module.content().validityMonths()))
                            .toList(),
                    dossier.sessions().stream()
                            .map(session -> new SessionLine(
                                    session.id().value(),
                                    session.details().title(),
                                    session.details().date(),
                                    session.status(),
                                    session.details().moduleIds().stream()
                                            .map(TrainingModuleId::value)
                                            .sorted()
                                            .toList(),
                                    session.present().size(),
                                    session.attendance().size()))
                            .toList(),
                    dossier.people().stream()
                            .map(person -> new PersonEntry(
                                    person.memberId().value(),
                                    person.name(),
                                    person.personType(),
                                    person.records().stream()
                                            .map(DossierJson::entry)
                                            .toList()))
                            .toList(),
                    dossier.totals(),
                    dossier.peopleByType());
        }

        private static RecordEntry entry(RecordLine line) {
            return new RecordEntry(
                    line.record().id().value(),
                    line.record().moduleId().value(),
                    line.moduleCode(),
                    line.moduleTitle(),
                    line.record().moduleRevision(),
                    line.record().completedOn(),
                    line.record().method(),
                    line.record().validUntil(),
                    line.status());
        }
    }

    @GET
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "getTrainingDossier",
            summary = "The AI literacy evidence dossier as of a day (art. 4 AI Act)",
            description =
                    "Role: ADMIN, COMMITTEE, DATA_REFERENT or VIEWER; people are named only for ADMIN and "
                            + "DATA_REFERENT (training records are personal data), others see member ids. asOf (default today): the "
                            + "dossier as it stood at the end of that day (UTC): records written by then, each with its status that day; "
                            + "a record voided later still shows as it counted, a requirement revised or retired later as it stood. format=csv (default; one row per record, headers in the "
                            + "Accept-Language) or json (the requirements in force that day, each in its revision then in force with its rationale; modules, sessions held, people with their records, totals). At most 10 000 records.")
    @APIResponse(
            responseCode = "200",
            description = "The dossier",
            content = {
                @Content(
                        mediaType = "text/csv",
                        schema = @Schema(type = SchemaType.STRING, maxLength = 100000000, description = "UTF-8")),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierJson.class))
            })
    public Response dossier(
            @PathParam("orgId") String orgId,
            @QueryParam("asOf")
                    @Parameter(
                            description = "A day, YYYY-MM-DD; default today",
                            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
                    String asOf,
            @BeanParam ExportFormat format,
            @Context HttpHeaders headers) {
        boolean json = format.json();
        LiteracyDossier dossier = programme.dossier(callers.current(), organisationId(orgId), day(asOf));
        if (json) {
            return Response.ok(DossierJson.from(dossier), MediaType.APPLICATION_JSON)
                    .build();
        }
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        boolean french = Spreadsheets.french(locale);
        List<String> header = french
                ? List.of(
                        "membre",
                        "nom",
                        "type",
                        "module",
                        "titre",
                        "version",
                        "suivi le",
                        "méthode",
                        "valable jusqu'au",
                        "statut")
                : List.of(
                        "member",
                        "name",
                        "type",
                        "module",
                        "title",
                        "revision",
                        "completed on",
                        "method",
                        "valid until",
                        "status");
        List<List<Object>> rows = new ArrayList<>();
        for (PersonLine person : dossier.people()) {
            for (RecordLine line : person.records()) {
                rows.add(java.util.Arrays.asList(
                        person.memberId().toString(),
                        person.name() == null ? "" : person.name(),
                        person.personType() == null ? "" : person.personType().name(),
                        line.moduleCode() == null ? "" : line.moduleCode(),
                        line.moduleTitle() == null ? "" : line.moduleTitle(),
                        line.record().moduleRevision(),
                        line.record().completedOn().toString(),
                        line.record().method().name(),
                        line.record().validUntil() == null
                                ? ""
                                : line.record().validUntil().toString(),
                        line.status().name()));
            }
        }
        return Response.ok(Spreadsheets.csv(locale, header, rows), Spreadsheets.CSV)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + (french ? "dossier-formation-ia-" : "ai-literacy-dossier-")
                                + dossier.asOf() + ".csv\"")
                .build();
    }

    private LocalDate day(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw RequestProblem.invalidParameter("asOf", "YYYY-MM-DD");
        }
    }
}
