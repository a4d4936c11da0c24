package io.returnrouter.api.returns;

import java.time.Instant;

/** The answer to a cancellation: the return no longer holds capacity. */
public record CancellationDto(String returnId, boolean cancelled, Instant cancelledAt) {
}
