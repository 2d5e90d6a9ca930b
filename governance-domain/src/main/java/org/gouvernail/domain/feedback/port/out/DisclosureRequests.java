package org.gouvernail.domain.feedback.port.out;

import java.util.Optional;
import org.gouvernail.domain.feedback.DisclosureRequest;
import org.gouvernail.domain.feedback.DisclosureRequestId;
import org.gouvernail.domain.feedback.FeedbackItemId;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.shared.OrganisationId;

/** Port: the requests to disclose the author of a confidential item. */
public interface DisclosureRequests {

    void add(DisclosureRequest request);

    /** Records the decision of an undecided request. */
    void decide(DisclosureRequest decided);

    Optional<DisclosureRequest> find(OrganisationId organisationId, FeedbackItemId itemId, DisclosureRequestId id);

    /** Whether {@code member} holds a GRANTED request about this item. */
    boolean grantedTo(OrganisationId organisationId, FeedbackItemId itemId, MemberId member);
}
