package org.gouvernail.domain.privacy.port.out;

import java.util.Optional;
import org.gouvernail.domain.organisation.MemberId;
import org.gouvernail.domain.privacy.DataSubject;
import org.gouvernail.domain.privacy.Pseudonym;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Out-port: rewrites, in one organisation's rows only, every text that names the person (their name,
 * e-mail and token subject) into the pseudonym: the membership itself, the registers, the audit
 * trail, the outbox and webhook logs, and the idempotency records of that organisation's requests.
 * Ids and counts stay: a vote counted stays counted, a decision keeps its recorder's membership.
 */
public interface PersonalDataEraser {

    /**
     * The token subject a membership had before it was revoked (a revocation unbinds it), read from the
     * audit row of its invitation's acceptance; empty for a person who never signed in.
     */
    Optional<String> formerSubject(OrganisationId organisationId, MemberId memberId);

    /** Whether this membership was already erased. */
    boolean erased(OrganisationId organisationId, MemberId memberId);

    /** The membership's rank in its organisation (1 for the first member), the pseudonym's number. */
    int memberNumber(DataSubject person);

    /** Rewrites every row of the person's organisation that names them; the number of rows rewritten. */
    long erase(DataSubject person, Pseudonym pseudonym);
}
