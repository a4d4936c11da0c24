package io.returnrouter.auth;

/** A token that must not be trusted; the message says why without echoing the token. */
public final class InvalidTokenException extends RuntimeException {

    public InvalidTokenException(String message) {
        super(message);
    }

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
