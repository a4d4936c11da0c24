package io.returnrouter.persistence.returns;

/** An Idempotency-Key of a quote: the body it came with and the return it stored. */
public record StoredKey(String requestHash, String returnId) {
}
