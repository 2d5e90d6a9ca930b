package org.gouvernail.domain.webhook;

/** Read model: a public event as the outbox holds it, with the exact body every delivery of it sends. */
public record OutboxEntry(PublicEvent event, String body) {}
