package org.gouvernail.domain.shared;

/**
 * Domain error: the caller is known in the organisation but lacks the role for this action. The
 * action is a code (e.g. {@code declare-tool}) that adapters word for their users.
 */
public final class Forbidden extends DomainException {

    private final String action;

    public Forbidden(String action) {
        super("forbidden", "Not allowed: " + action, action);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
