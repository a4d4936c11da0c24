package io.returnrouter.carriers.support.live;

/**
 * The carrier answered, but not with what the contract promises. A failure like a timeout:
 * fault tolerance retries it, counts it for the circuit breaker and falls back to offline data.
 */
public final class MalformedAnswerException extends RuntimeException {

    public MalformedAnswerException(String carrierId, String problem) {
        super("malformed answer from " + carrierId + ": " + problem);
    }
}
