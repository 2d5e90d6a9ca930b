package org.gouvernail.app.audit;

import java.util.ArrayList;
import java.util.List;
import org.gouvernail.app.shared.InMemoryPages;
import org.gouvernail.domain.audit.AuditEvent;
import org.gouvernail.domain.audit.port.out.AuditTrail;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Fake out-port: the audit trail in memory, append-only and newest first like the MariaDB adapter (AuditTrailContract proves it). */
public final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public void append(AuditEvent event) {
        events.add(event);
    }

    @Override
    public Page<AuditEvent> list(OrganisationId organisationId, PageRequest page) {
        return InMemoryPages.keyset(
                events.stream().filter(e -> e.organisationId().equals(organisationId)), page, AuditEvent::id, true);
    }

    /** Every event appended so far, oldest first, whatever the organisation. */
    public List<AuditEvent> all() {
        return List.copyOf(events);
    }

    public int size() {
        return events.size();
    }

    /** The events appended since {@code size} was read. */
    public List<AuditEvent> since(int size) {
        return List.copyOf(events.subList(size, events.size()));
    }
}
