package io.returnrouter.persistence.notify;

import java.time.Instant;

/**
 * A delivery this instance holds under a lease: send it, then report the outcome naming
 * {@code attempt}, the fencing token of the claim.
 */
public record ClaimedDelivery(String id, int attempt, String owner, String url, String secret, String eventId,
                              String payload, Instant windowStart) {
}
