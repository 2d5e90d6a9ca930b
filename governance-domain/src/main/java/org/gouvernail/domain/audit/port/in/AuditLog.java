package org.gouvernail.domain.audit.port.in;

import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Use case: reading an organisation's audit trail, newest first (ADMIN and VIEWER). */
public interface AuditLog {

    Page<AuditEvent> events(Caller caller, OrganisationId organisationId, PageRequest page);
}
