package org.gouvernail.domain.shared;

import java.util.List;

/**
 * Domain error: the base of every rule the core refuses. It carries a stable {@code code}
 * so that each adapter can word it for its users (in French and English) and map it to its
 * own protocol; the message is the English fallback for logs.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Forbidden, RuleViolation, StaleVersion, InvalidInput {

    private final String code;
    private final List<Object> arguments;

    protected DomainException(String code, String message, Object... arguments) {
        super(message, null, false, false);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
