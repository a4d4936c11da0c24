package io.returnrouter.core.quote;

import io.returnrouter.core.model.Checks;

import java.util.Objects;

/** The return cannot be routed; {@code rule} says which rule decided, {@code message} explains it. */
public record Rejection(String returnId, RejectionRule rule, String message) implements QuoteResult {

    public Rejection {
        Checks.requireText(returnId, "returnId");
        Objects.requireNonNull(rule, "rule");
        Checks.requireText(message, "message");
    }
}
