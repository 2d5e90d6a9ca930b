package org.gouvernail.persistence.incident;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.incident.Duty;
import org.gouvernail.domain.incident.DutyCode;
import org.gouvernail.domain.incident.HarmType;
import org.gouvernail.domain.incident.Incident;
import org.gouvernail.domain.incident.IncidentFacts;
import org.gouvernail.domain.incident.IncidentId;
import org.gouvernail.domain.incident.IncidentKind;
import org.gouvernail.domain.incident.IncidentStatus;
import org.gouvernail.domain.incident.IncidentType;
import org.gouvernail.domain.incident.Severity;
import org.gouvernail.domain.incident.SeverityAssessment;
import org.gouvernail.domain.incident.StepTick;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Row of table incident, with its duties in incident_duty (a map of the incident keyed by the duty's
 * code, so that settling a duty moves the incident's one version).
 */
@Entity
@Table(name = "incident")
public class IncidentEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public String title;
    public String description;

    @Enumerated(EnumType.STRING)
    public IncidentKind kind;

    @Enumerated(EnumType.STRING)
    public IncidentType type;

    public Instant occurredAt;
    public Instant detectedAt;
    public String toolIds;
    public String useCaseIds;
    public String policyRuleBreached;
    public String dataCategories;
    public String peopleGroups;
    public Integer peopleCount;
    public boolean vulnerablePeople;
    public String harms;
    public boolean harmActual;
    public boolean harmReversible;
    public boolean highRiskSystem;
    public String country;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    public String severityReasons;

    @Enumerated(EnumType.STRING)
    public Severity severityOverride;

    public String overrideReason;

    @Enumerated(EnumType.STRING)
    public IncidentStatus status;

    public String lessonsLearned;
    public UUID reportedBy;
    public Instant reportedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_duty", joinColumns = @JoinColumn(name = "incident_id"))
    @MapKeyColumn(name = "code")
    @MapKeyEnumerated(EnumType.STRING)
    public Map<DutyCode, DutyRow> duties = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_checklist_tick", joinColumns = @JoinColumn(name = "incident_id"))
    @MapKeyColumn(name = "step_code")
    public Map<String, TickRow> ticks = new HashMap<>();

    @Version
    public long version;

    static IncidentEntity from(Incident incident) {
        IncidentEntity entity = new IncidentEntity();
        entity.id = incident.id().value();
        entity.organisationId = incident.organisationId().value();
        entity.country = incident.country();
        entity.reportedBy = incident.reportedBy().value();
        entity.reportedAt = incident.reportedAt();
        entity.version = incident.version();
        entity.apply(incident);
        return entity;
    }

    void apply(Incident incident) {
        IncidentFacts facts = incident.facts();
        title = facts.title();
        description = facts.description();
        kind = facts.kind();
        type = facts.type();
        occurredAt = facts.occurredAt();
        detectedAt = facts.detectedAt();
        toolIds = ids(facts.toolIds());
        useCaseIds = ids(facts.useCaseIds());
        policyRuleBreached = facts.policyRuleBreached();
        dataCategories = codes(facts.dataCategories());
        peopleGroups = facts.peopleGroups();
        peopleCount = facts.peopleCount();
        vulnerablePeople = facts.vulnerablePeople();
        harms = codes(facts.harms());
        harmActual = facts.harmActual();
        harmReversible = facts.harmReversible();
        highRiskSystem = facts.highRiskSystem();
        severity = incident.assessment().severity();
        severityReasons = String.join(",", incident.assessment().reasons());
        severityOverride = incident.severityOverride();
        overrideReason = incident.overrideReason();
        status = incident.status();
        lessonsLearned = incident.lessonsLearned();
        Map<DutyCode, DutyRow> rows = new HashMap<>();
        incident.duties().forEach(duty -> rows.put(duty.code(), DutyRow.of(organisationId, duty)));
        duties.keySet().stream()
                .filter(code -> !rows.containsKey(code))
                .toList()
                .forEach(duties::remove);
        rows.forEach((code, row) -> {
            if (!row.equals(duties.get(code))) {
                duties.put(code, row);
            }
        });
        applyTicks(incident);
    }

    /** Ticks are only ever added: a tick already stored is left alone, so that it moves no version. */
    private void applyTicks(Incident incident) {
        incident.ticks().forEach(tick -> {
            if (!ticks.containsKey(tick.code())) {
                ticks.put(tick.code(), TickRow.of(organisationId, tick));
            }
        });
    }

    /** Duties in the order of their codes, the order the domain computes them in. */
    Incident toDomain() {
        IncidentFacts facts = new IncidentFacts(
                title,
                description,
                kind,
                type,
                occurredAt,
                detectedAt,
                parseIds(toolIds),
                parseIds(useCaseIds),
                policyRuleBreached,
                parse(dataCategories, DataCategory.class),
                peopleGroups,
                peopleCount,
                vulnerablePeople,
                parse(harms, HarmType.class),
                harmActual,
                harmReversible,
                highRiskSystem);
        List<Duty> dutyList = duties.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getValue().toDomain(entry.getKey()))
                .toList();
        return new Incident(
                new IncidentId(id),
                new OrganisationId(organisationId),
                facts,
                country,
                new SeverityAssessment(
                        severity, severityReasons.isEmpty() ? List.of() : Arrays.asList(severityReasons.split(","))),
                severityOverride,
                overrideReason,
                status,
                lessonsLearned,
                dutyList,
                ticks.entrySet().stream()
                        .map(entry -> entry.getValue().toDomain(entry.getKey()))
                        .sorted(Comparator.comparing(StepTick::at).thenComparing(StepTick::code))
                        .toList(),
                new MemberId(reportedBy),
                reportedAt,
                version);
    }

    private static String ids(Set<UUID> values) {
        return values.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }

    private static Set<UUID> parseIds(String text) {
        Set<UUID> values = new HashSet<>();
        if (text != null && !text.isEmpty()) {
            Arrays.stream(text.split(",")).map(UUID::fromString).forEach(values::add);
        }
        return values;
    }

    private static <E extends Enum<E>> String codes(Set<E> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String text, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (text != null && !text.isEmpty()) {
            Arrays.stream(text.split(",")).map(code -> Enum.valueOf(type, code)).forEach(values::add);
        }
        return values;
    }
}
