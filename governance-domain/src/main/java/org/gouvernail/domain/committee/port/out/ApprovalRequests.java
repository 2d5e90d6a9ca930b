package org.gouvernail.domain.committee.port.out;

import java.util.Optional;
import org.gouvernail.domain.committee.ApprovalRequest;
import org.gouvernail.domain.committee.RequestId;
import org.gouvernail.domain.committee.RequestStatus;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the approval requests queued for the committee. */
public interface ApprovalRequests {

    void add(ApprovalRequest request);

    Optional<ApprovalRequest> find(OrganisationId organisationId, RequestId id);

    ApprovalRequest update(ApprovalRequest request);

    /** Oldest first; only those with {@code status} when it is given. */
    Page<ApprovalRequest> list(OrganisationId organisationId, RequestStatus status, PageRequest page);
}
