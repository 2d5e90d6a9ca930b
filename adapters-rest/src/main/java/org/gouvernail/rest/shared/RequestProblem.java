package org.gouvernail.rest.shared;

/**
 * HTTP-level refusal raised by the REST adapter itself (missing If-Match, unreadable cursor,
 * body too large), mapped to problem details like the domain's errors.
 */
public class RequestProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final Object[] arguments;
    private final java.util.List<Problem.FieldError> errors;

    public RequestProblem(int status, String code, Object... arguments) {
        this(status, code, java.util.List.of(), arguments);
    }

    public RequestProblem(int status, String code, java.util.List<Problem.FieldError> errors, Object... arguments) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.arguments = arguments;
        this.errors = java.util.List.copyOf(errors);
    }

    public java.util.List<Problem.FieldError> errors() {
        return errors;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments;
    }
}
