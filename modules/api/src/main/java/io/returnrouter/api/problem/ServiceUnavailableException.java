package io.returnrouter.api.problem;

/** The installation cannot serve this request as configured (no network module...): 503. */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message) {
        super(message);
    }
}
