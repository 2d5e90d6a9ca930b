package org.gouvernail.domain.committee.port.out;

import java.util.Optional;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionId;
import org.gouvernail.domain.committee.MeetingId;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/** Out-port: the committee's decisions, append-only. */
public interface Decisions {

    void add(Decision decision);

    Optional<Decision> find(OrganisationId organisationId, DecisionId id);

    /** Oldest first; only those of {@code meetingId} when it is given. */
    Page<Decision> list(OrganisationId organisationId, MeetingId meetingId, PageRequest page);
}
