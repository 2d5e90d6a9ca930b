package org.gouvernail.domain.shared;

/** Domain error: a value breaks the shape the domain accepts (blank name, number out of range...). */
public final class InvalidInput extends DomainException {

    private final String field;

    public InvalidInput(String field, String code, String message, Object... arguments) {
        super(code, message, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
