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
    private final String parameter;

    public RequestProblem(int status, String code, Object... arguments) {
        this(status, code, java.util.List.of(), arguments);
    }

    public RequestProblem(int status, String code, java.util.List<Problem.FieldError> errors, Object... arguments) {
        this(status, code, errors, null, arguments);
    }

    private RequestProblem(
            int status, String code, java.util.List<Problem.FieldError> errors, String parameter, Object... arguments) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.arguments = arguments;
        this.errors = java.util.List.copyOf(errors);
        this.parameter = parameter;
    }

    /**
     * A query or path parameter whose value cannot be read: 400 invalid-parameter, the parameter
     * named in the detail and in {@code errors}, so a client finds it where body fields are.
     */
    public static RequestProblem invalidParameter(String name, String accepted) {
        return new RequestProblem(400, "invalid-parameter", java.util.List.of(), name, name, accepted);
    }

    /** The parameter at fault, or null when the problem is not about one parameter. */
    public String parameter() {
        return parameter;
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
