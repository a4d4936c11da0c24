package io.returnrouter.api.notify;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** One event's delivery to one subscription, with its attempts: the delivery log. */
@JsonbPropertyOrder({"id", "eventId", "type", "returnId", "status", "attempts", "createdAt", "nextAttemptAt",
        "deliveredAt", "lastStatusCode", "log"})
public record DeliveryDto(String id, String eventId, String type, String returnId, String status, int attempts,
                          Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, Integer lastStatusCode,
                          List<AttemptDto> log) {

    @JsonbPropertyOrder({"attempt", "at", "durationMs", "statusCode", "error", "instance"})
    public record AttemptDto(int attempt, Instant at, long durationMs, Integer statusCode, String error, String instance) {
    }
}
