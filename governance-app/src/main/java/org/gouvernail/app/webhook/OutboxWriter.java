package org.gouvernail.app.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.IdGenerator;
import org.gouvernail.domain.webhook.OutboxEntry;
import org.gouvernail.domain.webhook.PublicEvent;
import org.gouvernail.domain.webhook.PublicEvents;
import org.gouvernail.domain.webhook.port.out.Outbox;

/**
 * Application observer: the transactional outbox. A synchronous observer of every domain event
 * the {@code Auditor} fires, so it runs inside the transaction of the change, after its audit row:
 * the change, its audit row and its public events commit or roll back together.
 */
@ApplicationScoped
public class OutboxWriter {

    private final Outbox outbox;
    private final IdGenerator ids;
    private final Clock clock;
    private final ObjectMapper json;

    public OutboxWriter(Outbox outbox, IdGenerator ids, Clock clock, ObjectMapper json) {
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
        this.json = json;
    }

    void on(@Observes DomainEvent event) {
        for (PublicEvent published :
                PublicEvents.of(event, clock.instant().truncatedTo(ChronoUnit.MICROS), ids::next)) {
            outbox.append(new OutboxEntry(published, body(published)), false);
        }
    }

    /** Appends an event meant for one endpoint only (the test event), already fanned out. */
    OutboxEntry appendFannedOut(PublicEvent event) {
        OutboxEntry entry = new OutboxEntry(event, body(event));
        outbox.append(entry, true);
        return entry;
    }

    /**
     * The body every delivery of the event sends, fixed once: Standard Webhooks' type, timestamp and
     * data, with our event id and payload version beside them.
     */
    String body(PublicEvent event) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", event.subjectType());
        subject.put("id", event.subjectId().toString());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("organisationId", event.organisationId().value().toString());
        data.put("subject", subject);
        data.put("links", event.links());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id().toString());
        body.put("type", event.type());
        body.put("version", event.version());
        body.put("timestamp", event.occurredAt().toString());
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a map of strings is always JSON", impossible);
        }
    }
}
