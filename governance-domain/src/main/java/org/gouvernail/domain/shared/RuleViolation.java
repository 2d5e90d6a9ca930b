package org.gouvernail.domain.shared;

/** Domain error: the request is well formed but a business rule refuses it in the current state. */
public final class RuleViolation extends DomainException {

    public RuleViolation(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
