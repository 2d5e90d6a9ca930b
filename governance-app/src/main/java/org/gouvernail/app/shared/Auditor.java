package org.gouvernail.app.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.audit.port.out.AuditTrail;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.shared.OrganisationId;

/** Application helper: appends one audit event, inside the transaction of the use case that made the change. */
@ApplicationScoped
public class Auditor {

    private final AuditTrail trail;
    private final IdGenerator ids;
    private final Clock clock;

    public Auditor(AuditTrail trail, IdGenerator ids, Clock clock) {
        this.trail = trail;
        this.ids = ids;
        this.clock = clock;
    }

    public void record(Caller actor, OrganisationId organisationId, String action, String subjectType, UUID subjectId, String summary) {
        trail.append(AuditEvent.of(ids.next(), organisationId, clock.instant(), actor, action, subjectType, subjectId, summary));
    }
}
