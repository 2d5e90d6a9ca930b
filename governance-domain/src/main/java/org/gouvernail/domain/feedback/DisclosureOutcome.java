package org.gouvernail.domain.feedback;

/** A custodian's decision on a request to disclose the author of a confidential item. */
public enum DisclosureOutcome {
    GRANTED,
    REFUSED
}
