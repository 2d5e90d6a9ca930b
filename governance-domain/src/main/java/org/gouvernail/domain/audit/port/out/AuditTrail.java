package org.gouvernail.domain.audit.port.out;

import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the append-only store of audit events; there is no update and no delete. */
public interface AuditTrail {

    void append(AuditEvent event);

    /** Newest first. */
    Page<AuditEvent> list(OrganisationId organisationId, PageRequest page);
}
