package io.returnrouter.carriers.support.live;

/**
 * The carrier's price as its adapter read it: {@code amount} a decimal string (never a JSON number, so no binary
 * floating point touches money) in {@code currency} (ISO 4217).
 */
public record RateAnswerBody(String serviceId, String amount, String currency) {
}
