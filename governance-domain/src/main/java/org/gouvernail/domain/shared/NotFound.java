package org.gouvernail.domain.shared;

/** Domain error: the thing does not exist, or exists in an organisation the caller may not see. */
public final class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super("not-found", what + " " + id + " not found", what, String.valueOf(id));
    }
}
