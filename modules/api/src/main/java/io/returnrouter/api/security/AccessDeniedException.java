package io.returnrouter.api.security;

/** The caller is known but may not do this (another market's rules...): answered 403. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
