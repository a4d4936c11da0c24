package io.returnrouter.api.problem;

/** The request contradicts the stored state (an idempotency key reused with another body...): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
