package org.gouvernail.domain.committee.port.out;

import java.util.List;
import java.util.UUID;
import org.gouvernail.domain.committee.AwaitingDecision;
import org.gouvernail.domain.committee.Decision;
import org.gouvernail.domain.committee.DecisionSubject;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Out-port: what a committee decision does to the subjects of one area. Each area that the committee
 * governs implements it once for its subject code; the committee finds the effect by the decision's
 * subject and knows nothing else of the area. The effect runs inside the decision's transaction and
 * writes its own audit events: if it refuses (a NotFound, a RuleViolation), nothing of the decision remains.
 */
public interface DecisionEffect {

    /** The subject code this effect handles; one effect per code. */
    DecisionSubject subject();

    /** How a missing subject is named in a NotFound ("tool", "risk"...), so its problem reads as the area's own. */
    String subjectName();

    /** Whether the subject exists in this organisation: agenda items and approval requests may point to it. */
    boolean exists(OrganisationId organisationId, UUID subjectId);

    /**
     * Applies the decision to its subject, which must exist (NotFound otherwise), and audits the change.
     * Returns the change for the decision's own audit summary, "" when the decision changes nothing.
     */
    String apply(Caller caller, Decision decision);

    /** The subjects of this area waiting for the committee's decision, oldest first; none for most areas. */
    default List<AwaitingDecision> awaitingDecision(OrganisationId organisationId) {
        return List.of();
    }
}
