/**
 * Webhooks: the public events an organisation's intranet may subscribe to, its endpoints with
 * their signing secrets, and the delivery schedule (Standard Webhooks 1.0). The outbox keeps every
 * public event in the transaction of its change; deliveries are retried until they succeed or
 * their schedule runs out.
 */
package org.gouvernail.domain.webhook;
