package org.gouvernail.domain.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.organisation.PersonType;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Read model: the evidence of the organisation's AI literacy measures (art. 4 AI Act) as they stood
 * at the end of one day: the requirements in force that day (the revision then in force, with its
 * rationale), the modules, the sessions held by then, and every person's records with their status that
 * day. Reproducible: it reads only records written by then, and a record voided
 * after that day still counts as it did (its void is later), and a requirement revised or retired after
 * that day is shown as it stood. Names are given only to the roles
 * allowed to see them; otherwise people appear by their member id.
 */
public record LiteracyDossier(
        OrganisationId organisationId,
        LocalDate asOf,
        Instant generatedAt,
        boolean namesShown,
        List<LiteracyRequirement> requirements,
        List<TrainingModule> modules,
        List<TrainingSession> sessions,
        List<PersonLine> people,
        Map<RecordStatus, Long> totals) {

    /** The legal basis and the kind of evidence, stated in the dossier itself. */
    public static final String BASIS =
            "Regulation (EU) 2024/1689 (AI Act) art. 4, as replaced by Regulation (EU) 2026/1744"
                    + " art. 1(5); evidence kept as internal records (European Commission, Q&A on AI literacy, 7 May 2025)";

    public LiteracyDossier {
        Objects.requireNonNull(organisationId, "organisationId");
        requirements = List.copyOf(requirements);
        modules = List.copyOf(modules);
        sessions = List.copyOf(sessions);
        people = List.copyOf(people);
        totals = Map.copyOf(totals);
    }

    /** One person: who (the name only when shown) and their records that counted or had counted by then. */
    public record PersonLine(MemberId memberId, String name, PersonType personType, List<RecordLine> records) {

        public PersonLine {
            records = List.copyOf(records);
        }
    }

    /** One record as it stood that day. */
    public record RecordLine(TrainingRecord record, String moduleCode, String moduleTitle, RecordStatus status) {}

    /** What the dossier knows of a person. */
    public record Person(MemberId memberId, String name, PersonType personType) {}

    /**
     * The dossier as of the end of {@code asOf} (UTC), from the records written by then (voids included,
     * whenever written), the requirements in force then (as they stood then), the modules and sessions,
     * and the people known.
     */
    public static LiteracyDossier asOf(
            OrganisationId organisationId,
            LocalDate asOf,
            Instant now,
            boolean namesShown,
            List<LiteracyRequirement> requirements,
            List<TrainingModule> modules,
            List<TrainingSession> sessions,
            List<TrainingRecord> records,
            Map<MemberId, Person> people) {
        Instant endOfDay =
                asOf.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Map<TrainingModuleId, TrainingModule> byId =
                modules.stream().collect(Collectors.toMap(TrainingModule::id, Function.identity()));
        List<TrainingRecord> live = records.stream()
                .filter(record -> record.existedAt(endOfDay) && !record.voidedAt(endOfDay))
                .toList();
        Map<String, TrainingRecord> latest = new HashMap<>();
        Comparator<TrainingRecord> order = Comparator.comparing(TrainingRecord::completedOn)
                .thenComparing(TrainingRecord::recordedAt)
                .thenComparing(record -> record.id().value());
        for (TrainingRecord record : live) {
            latest.merge(
                    record.memberId() + "/" + record.moduleId(), record, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        Map<MemberId, List<RecordLine>> lines = new HashMap<>();
        Map<RecordStatus, Long> totals = new EnumMap<>(RecordStatus.class);
        for (TrainingRecord record : live) {
            TrainingModule module = byId.get(record.moduleId());
            boolean superseded = latest.get(record.memberId() + "/" + record.moduleId()) != record
                    || (module != null && !module.stillCounts(record.moduleRevision()));
            RecordStatus status = record.statusOn(asOf, superseded);
            totals.merge(status, 1L, Long::sum);
            lines.computeIfAbsent(record.memberId(), id -> new ArrayList<>())
                    .add(new RecordLine(
                            record,
                            module == null ? null : module.code(),
                            module == null ? null : module.content().title(),
                            status));
        }
        List<PersonLine> persons = lines.entrySet().stream()
                .map(entry -> {
                    Optional<Person> known = Optional.ofNullable(people.get(entry.getKey()));
                    return new PersonLine(
                            entry.getKey(),
                            namesShown ? known.map(Person::name).orElse(null) : null,
                            known.map(Person::personType).orElse(null),
                            entry.getValue().stream()
                                    .sorted(Comparator.comparing((RecordLine line) ->
                                                    line.record().completedOn())
                                            .thenComparing(
                                                    line -> line.record().id().value()))
                                    .toList());
                })
                .sorted(Comparator.comparing(line -> line.memberId().value()))
                .toList();
        List<TrainingSession> held = sessions.stream()
                .filter(session -> !session.details().date().isAfter(asOf))
                .filter(session -> session.status() != SessionStatus.CANCELLED)
                .toList();
        List<TrainingModule> shown = modules.stream()
                .filter(module -> module.createdAt().isBefore(endOfDay) && module.status() != ModuleStatus.DRAFT)
                .toList();
        List<LiteracyRequirement> inForce = requirements.stream()
                .filter(requirement -> requirement.revisedAt().isBefore(endOfDay) && requirement.isActive())
                .toList();
        return new LiteracyDossier(organisationId, asOf, now, namesShown, inForce, shown, held, persons, totals);
    }

    /** The people the dossier names or counts, by type (volunteers without an account included). */
    public Map<PersonType, Long> peopleByType() {
        Map<PersonType, Long> counts = new EnumMap<>(PersonType.class);
        people.stream()
                .filter(line -> line.personType() != null)
                .forEach(line -> counts.merge(line.personType(), 1L, Long::sum));
        return counts;
    }
}
