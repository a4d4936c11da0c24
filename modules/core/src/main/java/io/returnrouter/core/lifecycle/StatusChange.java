package io.returnrouter.core.lifecycle;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One stored transition of a return's status: what the timeline shows and what notifications
 * (webhooks, customer messages) are made from.
 *
 * @param eventId  the stored event's id, unique, stable: receivers dedupe by it
 * @param from     null for the first event of a return
 * @param source   who reported it: {@code shop}, {@code carrier:<id>}, {@code system} (expiry,
 *                 background booking), {@code admin}
 * @param details  what the reporter said beyond the status (tracking number, location,
 *                 inspection outcome, refund amount); no personal data
 */
public record StatusChange(String eventId, String returnId, String shopId, ReturnStatus from, ReturnStatus to,
                           Instant at, String source, Map<String, Object> details) {

    public StatusChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(returnId, "returnId");
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
