package org.gouvernail.domain.feedback.port.out;

import org.gouvernail.domain.feedback.Receipt;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Out-port: the slow, salted hash under which a receipt is stored and found again. Slow because
 * 16 digits are few: a copy of the database must not let anyone try them all.
 */
public interface ReceiptHasher {

    String hash(OrganisationId organisationId, Receipt receipt);
}
