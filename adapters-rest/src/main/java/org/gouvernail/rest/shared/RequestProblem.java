package org.gouvernail.rest.shared;

/**
 * HTTP-level refusal raised by the REST adapter itself (missing If-Match, unreadable cursor,
 * body too large), mapped to problem details like the domain's errors.
 */
public class RequestProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final Object[] arguments;

    public RequestProblem(int status, String code, Object... arguments) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.arguments = arguments;
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
