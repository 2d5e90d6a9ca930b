package org.gouvernail.domain.shared;

/** Domain error: the caller is known in the organisation but lacks the role for this action. */
public final class Forbidden extends DomainException {

    public Forbidden(String action) {
        super("forbidden", "Not allowed to " + action, action);
    }
}
