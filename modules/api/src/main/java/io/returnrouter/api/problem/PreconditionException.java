package io.returnrouter.api.problem;

/**
 * A conditional request whose condition fails: 412 when the If-Match ETag is not the current one
 * (someone changed the resource since it was read), 428 when a change came without If-Match.
 */
public class PreconditionException extends RuntimeException {

    private final boolean missing;

    private PreconditionException(String message, boolean missing) {
        super(message);
        this.missing = missing;
    }

    public static PreconditionException failed(String message) {
        return new PreconditionException(message, false);
    }

    public static PreconditionException required(String message) {
        return new PreconditionException(message, true);
    }

    public boolean missing() {
        return missing;
    }
}
