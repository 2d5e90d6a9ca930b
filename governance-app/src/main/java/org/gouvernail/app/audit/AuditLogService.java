package org.gouvernail.app.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gouvernail.app.shared.MemberAccess;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.audit.port.in.AuditLog;
import org.gouvernail.domain.audit.port.out.AuditTrail;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Use case service: reading the audit trail. */
@ApplicationScoped
public class AuditLogService implements AuditLog {

    private final AuditTrail trail;
    private final MemberAccess access;

    public AuditLogService(AuditTrail trail, MemberAccess access) {
        this.trail = trail;
        this.access = access;
    }

    @Override
    @Transactional
    public Page<AuditEvent> events(Caller caller, OrganisationId organisationId, PageRequest page) {
        access.withRole(caller, organisationId, Role.AUDIT_READERS, "read-audit-trail");
        return trail.list(organisationId, page);
    }
}
