package org.gouvernail.app.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.gouvernail.domain.feedback.DisclosureRequest;
import org.gouvernail.domain.feedback.port.out.DisclosureRequests;
import org.gouvernail.domain.organisation.Membership;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.todo.Assignee;
import org.gouvernail.domain.todo.DueItem;
import org.gouvernail.domain.todo.port.out.DueItemSource;

/**
 * Due-item source of the identity-disclosure requests: decide a pending request, asked of the
 * custodians (persons of trust and data referents) until one of them decides it. No deadline: the
 * law sets none, and a request waits for a reasoned decision, not for a clock. One statement per call.
 * The title is empty: neither the reason nor anything of the item is shown outside its page.
 */
@ApplicationScoped
public class DisclosureDueItems implements DueItemSource {

    static final String DECIDE = "feedback-disclosure.decide";

    private final DisclosureRequests requests;

    public DisclosureDueItems(DisclosureRequests requests) {
        this.requests = requests;
    }

    @Override
    public List<DueItem> dueFor(List<Membership> memberships, Instant until, int limit) {
        List<OrganisationId> custodians = memberships.stream()
                .filter(member -> member.isActive() && member.holdsAny(Role.FEEDBACK_HANDLERS))
                .map(Membership::organisationId)
                .distinct()
                .toList();
        return due(custodians, limit);
    }

    @Override
    public List<DueItem> dueIn(OrganisationId organisationId, Instant until, int limit) {
        return due(List.of(organisationId), limit);
    }

    private List<DueItem> due(List<OrganisationId> organisations, int limit) {
        return requests.pendingIn(organisations, limit).stream()
                .map(DisclosureDueItems::item)
                .toList();
    }

    private static DueItem item(DisclosureRequest request) {
        return new DueItem(
                request.organisationId(),
                DECIDE,
                "FEEDBACK_DISCLOSURE_REQUEST",
                request.id().value(),
                "",
                null,
                Assignee.anyOf(Role.FEEDBACK_HANDLERS),
                "/api/v1/organisations/" + request.organisationId() + "/feedback/" + request.itemId());
    }
}
