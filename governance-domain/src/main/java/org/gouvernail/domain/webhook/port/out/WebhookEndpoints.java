package org.gouvernail.domain.webhook.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;
import org.gouvernail.domain.webhook.EndpointId;
import org.gouvernail.domain.webhook.WebhookEndpoint;

/** Out-port: the webhook endpoints of the organisations. */
public interface WebhookEndpoints {

    void add(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> find(OrganisationId organisationId, EndpointId id);

    /** Saves a changed endpoint; the caller checked its version. Returns it with its new version. */
    WebhookEndpoint save(WebhookEndpoint endpoint);

    void remove(WebhookEndpoint endpoint);

    Page<WebhookEndpoint> list(OrganisationId organisationId, PageRequest page);

    long count(OrganisationId organisationId);

    /** Every endpoint of these organisations (at most {@code MAX_PER_ORGANISATION} each), for the fan-out. */
    List<WebhookEndpoint> ofOrganisations(Collection<OrganisationId> organisations);

    /** The endpoints of these ids, whatever their organisation: the dispatcher's view. */
    List<WebhookEndpoint> byIds(Collection<EndpointId> ids);

    /** Endpoints the platform disabled, across organisations or in one: for the to-do lists of their admins. */
    List<WebhookEndpoint> disabledByThePlatform(Collection<OrganisationId> organisations, int limit);
}
