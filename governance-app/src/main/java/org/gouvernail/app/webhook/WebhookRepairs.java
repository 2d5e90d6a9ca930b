package org.gouvernail.app.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;
import org.gouvernail.domain.webhook.WebhookEndpoint;
import org.gouvernail.domain.webhook.port.out.WebhookEndpoints;

/**
 * Due-items source: a webhook endpoint the platform disabled (410 Gone, or failing for days) asks
 * its organisation's admins to repair it; it is how they are told, in their to-do list and digests.
 */
@ApplicationScoped
public class WebhookRepairs implements DueItemSource {

    public static final String KIND = "webhook-endpoint.repair";

    private final WebhookEndpoints endpoints;

    public WebhookRepairs(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        List<OrganisationId> administered = memberships.stream()
                .filter(member -> member.holdsAny(Role.ADMINS))
                .map(Membership::organisationId)
                .toList();
        return endpoints.disabledByThePlatform(administered, limit).stream()
                .map(WebhookRepairs::item)
                .toList();
    }

    @Override
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return endpoints.disabledByThePlatform(List.of(organisationId), limit).stream()
                .map(WebhookRepairs::item)
                .toList();
    }

    private static DueItem item(WebhookEndpoint endpoint) {
        return new DueItem(
                endpoint.organisationId(),
                KIND,
                "WEBHOOK_ENDPOINT",
                endpoint.id().value(),
                endpoint.description().isBlank() ? endpoint.url().value() : endpoint.description(),
                null,
                Assignee.anyOf(Role.ADMINS),
                "/api/v1/organisations/" + endpoint.organisationId() + "/webhook-endpoints/" + endpoint.id());
    }
}
