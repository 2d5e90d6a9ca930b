package org.gouvernail.persistence.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.DecisionOutcome;
import org.gouvernail.domain.committee.RequestId;
import org.gouvernail.domain.committee.RequestKind;
import org.gouvernail.domain.committee.RequestStatus;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/** Row of table approval_request. */
@Entity
@Table(name = "approval_request")
public class ApprovalRequestEntity {

    @Id
    public UUID id;

    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    public RequestKind kind;

    public UUID subjectId;
    public String title;
    public String description;

    @Enumerated(EnumType.STRING)
    public RequestStatus status;

    public UUID decisionId;

    @Enumerated(EnumType.STRING)
    public DecisionOutcome outcome;

    public UUID requestedBy;

    @Version
    public long version;

    public Instant createdAt;

    static ApprovalRequestEntity from(ApprovalRequest request) {
        ApprovalRequestEntity entity = new ApprovalRequestEntity();
        entity.id = request.id().value();
        entity.organisationId = request.organisationId().value();
        entity.kind = request.kind();
        entity.subjectId = request.subjectId();
        entity.title = request.title();
        entity.description = request.description();
        entity.requestedBy = request.requestedBy().value();
        entity.version = request.version();
        entity.createdAt = request.createdAt();
        entity.apply(request);
        return entity;
    }

    void apply(ApprovalRequest request) {
        status = request.status();
        decisionId = request.decisionId() == null ? null : request.decisionId().value();
        outcome = request.outcome();
    }

    ApprovalRequest toDomain() {
        return new ApprovalRequest(
                new RequestId(id),
                new OrganisationId(organisationId),
                kind,
                subjectId,
                title,
                description,
                status,
                decisionId == null ? null : new DecisionId(decisionId),
                outcome,
                new MemberId(requestedBy),
                version,
                createdAt);
    }
}
