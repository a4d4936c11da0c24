package io.returnrouter.persistence.notify;

import java.time.Instant;
import java.util.List;

/** A shop's webhook subscription as stored; the secret signs its deliveries. */
public record Subscription(String id, String shopId, String url, List<String> events, String secret, Instant createdAt) {

    public Subscription {
        events = List.copyOf(events);
    }
}
