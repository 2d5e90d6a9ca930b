package org.gouvernail.domain.feedback.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gouvernail.domain.feedback.DisclosureRequest;
import org.gouvernail.domain.feedback.DisclosureRequestId;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Port: the requests to disclose the author of a confidential item. */
public interface DisclosureRequests {

    void add(DisclosureRequest request);

    /** Records the decision of an undecided request. */
    void decide(DisclosureRequest decided);

    Optional<DisclosureRequest> find(OrganisationId organisationId, FeedbackItemId itemId, DisclosureRequestId id);

    /** The requests not decided yet, in id order, for the custodians. */
    Page<DisclosureRequest> pending(OrganisationId organisationId, PageRequest page);

    /**
     * The requests not decided yet in these organisations, oldest first, at most {@code limit}, in
     * one statement: the custodians' due items.
     */
    List<DisclosureRequest> pendingIn(Collection<OrganisationId> organisations, int limit);

    /** Whether {@code member} holds a GRANTED request about this item. */
    boolean grantedTo(OrganisationId organisationId, FeedbackItemId itemId, MemberId member);
}
