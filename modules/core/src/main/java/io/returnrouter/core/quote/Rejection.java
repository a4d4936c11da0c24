package io.returnrouter.core.quote;

import io.returnrouter.core.model.Checks;

import java.util.Objects;

/**
 * The return cannot be routed; {@code rule} says which rule decided, {@code message} explains it
 * and {@code legalBasis} names the law or policy behind a rule of the market (null for rules of
 * the network, such as no service fitting the parcel).
 */
public record Rejection(String returnId, RejectionRule rule, String message, String legalBasis)
        implements QuoteResult {

    public Rejection {
        Checks.requireText(returnId, "returnId");
        Objects.requireNonNull(rule, "rule");
        Checks.requireText(message, "message");
    }

    /** A rejection by the network rather than by the market's law. */
    public Rejection(String returnId, RejectionRule rule, String message) {
        this(returnId, rule, message, null);
    }
}
