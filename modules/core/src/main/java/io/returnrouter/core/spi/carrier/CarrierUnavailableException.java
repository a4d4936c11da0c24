package io.returnrouter.core.spi.carrier;

/**
 * The carrier could not be reached or answered with a server error: the order may succeed later,
 * so the caller keeps the flow going (an offline label) and retries in the background.
 */
public class CarrierUnavailableException extends RuntimeException {

    public CarrierUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public CarrierUnavailableException(String message) {
        super(message);
    }
}
