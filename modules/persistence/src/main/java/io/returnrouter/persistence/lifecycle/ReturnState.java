package io.returnrouter.persistence.lifecycle;

import io.returnrouter.core.lifecycle.ReturnStatus;
import java.time.Instant;

/** A return's current status, as stored beside its quote. */
public record ReturnState(String returnId, String shopId, ReturnStatus status, Instant statusAt) {
}
