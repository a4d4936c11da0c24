package io.returnrouter.persistence.notify;

import java.time.Instant;
import java.util.List;

/**
 * One event for one subscription, with every attempt so far: the delivery log.
 *
 * @param status PENDING (due at {@code nextAttemptAt}), DELIVERED, FAILED (gave up after the
 *               backoff window) or CANCELLED (its subscription was deleted)
 */
public record Delivery(String id, String subscriptionId, String eventId, String eventType, String returnId,
                       String status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt,
                       Integer lastStatusCode, List<Attempt> attemptLog) {

    public Delivery {
        attemptLog = List.copyOf(attemptLog);
    }

    /** One try: who sent it, when, how long it took, what the receiver answered (or why nothing). */
    public record Attempt(int attempt, String instanceId, Instant startedAt, long durationMs, Integer statusCode,
                          String error) {
    }
}
