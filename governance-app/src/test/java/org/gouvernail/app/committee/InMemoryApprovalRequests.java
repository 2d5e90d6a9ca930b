package org.gouvernail.app.committee;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gouvernail.app.shared.InMemoryPages;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.RequestId;
import org.gouvernail.domain.committee.RequestStatus;
import org.gouvernail.domain.committee.port.out.ApprovalRequests;
import org.gouvernail.domain.shared.NotFound;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.shared.StaleVersion;

/**
 * Fake out-port: the approval requests in memory, inside one organisation, versioned, oldest first
 * like the MariaDB adapter. Like it, an update writes the status, the decision and the outcome only,
 * and moves the version only when one of them changes.
 */
public final class InMemoryApprovalRequests implements ApprovalRequests {

    private final Map<RequestId, ApprovalRequest> rows = new LinkedHashMap<>();

    @Override
    public void add(ApprovalRequest request) {
        if (rows.putIfAbsent(request.id(), request) != null) {
            throw new IllegalStateException("duplicate request id " + request.id());
        }
    }

    @Override
    public Optional<ApprovalRequest> find(OrganisationId organisationId, RequestId id) {
        return Optional.ofNullable(rows.get(id)).filter(r -> r.organisationId().equals(organisationId));
    }

    @Override
    public ApprovalRequest update(ApprovalRequest r) {
        ApprovalRequest stored =
                find(r.organisationId(), r.id()).orElseThrow(() -> new NotFound("approval-request", r.id()));
        StaleVersion.check("approval request", stored.version(), r.version());
        if (stored.status() == r.status()
                && Objects.equals(stored.decisionId(), r.decisionId())
                && stored.outcome() == r.outcome()) {
            return stored;
        }
        ApprovalRequest saved = new ApprovalRequest(
                stored.id(),
                stored.organisationId(),
                stored.kind(),
                stored.subjectId(),
                stored.title(),
                stored.description(),
                r.status(),
                r.decisionId(),
                r.outcome(),
                stored.requestedBy(),
                stored.version() + 1,
                stored.createdAt());
        rows.put(r.id(), saved);
        return saved;
    }

    @Override
    public Page<ApprovalRequest> list(OrganisationId organisationId, RequestStatus status, PageRequest page) {
        return InMemoryPages.keyset(
                rows.values().stream()
                        .filter(r -> r.organisationId().equals(organisationId))
                        .filter(r -> status == null || r.status() == status),
                page,
                r -> r.id().value(),
                false);
    }
}
