package org.gouvernail.domain.feedback;

/**
 * How much of the reporter the organisation keeps. IDENTIFIED: the author is known to whoever
 * handles or follows the item. CONFIDENTIAL: the author is stored but shown to the handlers only,
 * and the audit trail names no actor. ANONYMOUS: no author, subject, name, e-mail, address or
 * user agent is stored anywhere, and times are kept to the day.
 */
public enum IdentityMode {
    IDENTIFIED,
    CONFIDENTIAL,
    ANONYMOUS
}
