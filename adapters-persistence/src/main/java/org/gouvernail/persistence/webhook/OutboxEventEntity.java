package org.gouvernail.persistence.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Row of table outbox_event: a public event with the exact body its deliveries send. The links are
 * in the body only; the columns are what the fan-out and the replay of a time range select on.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEventEntity {

    @Id
    public UUID id;

    public UUID organisationId;
    public String type;
    public int version;
    public Instant occurredAt;
    public String subjectType;
    public UUID subjectId;
    public String body;
    public boolean fannedOut;
}
