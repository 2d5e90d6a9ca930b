package org.gouvernail.persistence.risk;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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

/** Row of table risk; its tool links (risk_tool) and actions (risk_action) are rows of their own. */
@Entity
@Table(name = "risk")
public class RiskEntity {

    @Id
    public UUID id;
    public UUID organisationId;
    public String title;
    public String description;
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

    /** Copies the risk's own fields; tells whether any of them changed (the actions and links are not here). */
    boolean apply(Risk risk) {
        List<Object> before = state();
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
        return !before.equals(state());
    }

    private List<Object> state() {
        return Arrays.asList(title, description, category, likelihood, severity, residualLikelihood, residualSeverity, treatment,
                ownerId, nextReviewDate, acceptanceRationale, acceptedBy, acceptedAt, acceptedByDecision, status);
    }

    Risk toDomain(Set<ToolId> toolIds, List<MitigationAction> actions) {
        RiskDetails details = new RiskDetails(title, description, category, likelihood, severity, residualLikelihood, residualSeverity,
                treatment, toolIds, ownerId == null ? null : new MemberId(ownerId), nextReviewDate);
        Acceptance acceptance = acceptanceRationale == null ? null
                : new Acceptance(acceptanceRationale, new MemberId(acceptedBy), acceptedAt, acceptedByDecision);
        return new Risk(new RiskId(id), new OrganisationId(organisationId), details, status, acceptance, actions, catalogueEntry,
                new MemberId(raisedBy), raisedAt, version);
    }
}
