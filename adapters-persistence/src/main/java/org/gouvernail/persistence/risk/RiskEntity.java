package org.gouvernail.persistence.risk;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.risk.Acceptance;
import org.gouvernail.domain.risk.MitigationAction;
import org.gouvernail.domain.risk.Risk;
import org.gouvernail.domain.risk.RiskCategory;
import org.gouvernail.domain.risk.RiskDetails;
import org.gouvernail.domain.risk.RiskId;
import org.gouvernail.domain.risk.RiskStatus;
import org.gouvernail.domain.risk.Treatment;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.persistence.shared.ToolLink;

/**
 * Row of table risk, with the tools it concerns in risk_tool and its mitigation actions in
 * risk_action: collections of the risk, so that a change to them alone still moves the risk's one
 * version. Both are loaded after a query by the ids of the risks it returned, a batch at a time
 * (quarkus.hibernate-orm.fetch.batch-size), never for the whole organisation.
 */
@Entity
@Table(name = "risk")
public class RiskEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public String title;
    public String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_tool", joinColumns = @JoinColumn(name = "risk_id"))
    public Set<ToolLink> tools = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_action", joinColumns = @JoinColumn(name = "risk_id"))
    @MapKeyColumn(name = "id")
    public Map<UUID, ActionRow> actions = new HashMap<>();

    @Enumerated(EnumType.STRING)
    public RiskCategory category;

    public int likelihood;
    public int severity;
    public Integer residualLikelihood;
    public Integer residualSeverity;

    @Enumerated(EnumType.STRING)
    public Treatment treatment;

    public String acceptanceRationale;
    public UUID acceptedBy;
    public Instant acceptedAt;
    public UUID acceptedByDecision;
    public UUID ownerId;
    public LocalDate nextReviewDate;

    @Enumerated(EnumType.STRING)
    public RiskStatus status;

    public String catalogueEntry;
    public UUID raisedBy;
    public Instant raisedAt;

    @Version
    public long version;

    static RiskEntity from(Risk risk) {
        RiskEntity entity = new RiskEntity();
        entity.id = risk.id().value();
        entity.organisationId = risk.organisationId().value();
        entity.catalogueEntry = risk.catalogueEntry();
        entity.raisedBy = risk.raisedBy().value();
        entity.raisedAt = risk.raisedAt();
        entity.version = risk.version();
        entity.apply(risk);
        return entity;
    }

    void apply(Risk risk) {
        RiskDetails details = risk.details();
        title = details.title();
        description = details.description();
        category = details.category();
        likelihood = details.likelihood();
        severity = details.severity();
        residualLikelihood = details.residualLikelihood();
        residualSeverity = details.residualSeverity();
        treatment = details.treatment();
        ownerId = details.ownerId() == null ? null : details.ownerId().value();
        nextReviewDate = details.nextReviewDate();
        Acceptance acceptance = risk.acceptance();
        acceptanceRationale = acceptance == null ? null : acceptance.rationale();
        acceptedBy = acceptance == null ? null : acceptance.acceptedBy().value();
        acceptedAt = acceptance == null ? null : acceptance.acceptedAt();
        acceptedByDecision = acceptance == null ? null : acceptance.decisionId();
        status = risk.status();
        Set<ToolLink> links = new HashSet<>();
        details.toolIds().forEach(tool -> links.add(new ToolLink(organisationId, tool.value())));
        tools.retainAll(links);
        tools.addAll(links);
        applyActions(risk.actions());
    }

    /** Touches only the actions that changed: an untouched collection must not move the risk's version. */
    private void applyActions(List<MitigationAction> wanted) {
        Map<UUID, ActionRow> rows = new HashMap<>();
        wanted.forEach(action -> rows.put(action.id().value(), ActionRow.of(organisationId, action.details())));
        actions.keySet().stream().filter(id -> !rows.containsKey(id)).toList().forEach(actions::remove);
        rows.forEach((id, row) -> {
            if (!row.equals(actions.get(id))) {
                actions.put(id, row);
            }
        });
    }

    /** Tools and actions in the order of their ids' text, the order the register has always shown them in. */
    Risk toDomain() {
        Set<ToolId> toolIds = new LinkedHashSet<>();
        tools.stream()
                .map(link -> link.toolId)
                .sorted(Comparator.comparing(UUID::toString))
                .forEach(tool -> toolIds.add(new ToolId(tool)));
        List<MitigationAction> actionList = actions.entrySet().stream()
                .sorted(Comparator.comparing(entry -> entry.getKey().toString()))
                .map(entry -> entry.getValue().toDomain(entry.getKey()))
                .toList();
        RiskDetails details = new RiskDetails(
                title,
                description,
                category,
                likelihood,
                severity,
                residualLikelihood,
                residualSeverity,
                treatment,
                toolIds,
                ownerId == null ? null : new MemberId(ownerId),
                nextReviewDate);
        Acceptance acceptance = acceptanceRationale == null
                ? null
                : new Acceptance(acceptanceRationale, new MemberId(acceptedBy), acceptedAt, acceptedByDecision);
        return new Risk(
                new RiskId(id),
                new OrganisationId(organisationId),
                details,
                status,
                acceptance,
                actionList,
                catalogueEntry,
                new MemberId(raisedBy),
                raisedAt,
                version);
    }
}
