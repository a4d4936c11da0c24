package io.returnrouter.core.spi.carrier;

/** A webhook call that is not authentic (answered 401) or not in the carrier's shape (400). */
public class WebhookRejectedException extends RuntimeException {

    public enum Reason { NOT_AUTHENTIC, MALFORMED }

    private final Reason reason;

    public WebhookRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
