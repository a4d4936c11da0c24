package io.returnrouter.core.notify;

import io.returnrouter.core.lifecycle.ReturnStatus;
import java.util.Arrays;
import java.util.Optional;

/**
 * What shops subscribe to, named as return platforms name them. Most follow a status change; two
 * are alerts ReturnRouter raises itself ({@link #DELAYED}, {@link #REFUND_DEADLINE_AT_RISK}).
 * AT_HUB, IN_LINEHAUL and LOST produce no event: the first two are ReturnRouter's own network
 * steps, which tell a customer nothing the in-transit message has not (a late hub arrival raises
 * {@link #DELAYED} instead); a lost parcel needs a person, not a template.
 */
public enum EventType {
    CONFIRMED("return.confirmed"),
    LABEL_CREATED("return.label_created"),
    IN_TRANSIT("return.in_transit"),
    RECEIVED("return.received"),
    INSPECTED("return.inspected"),
    REFUND_STARTED("return.refund_started"),
    EXCHANGE_SHIPPED("return.exchange_shipped"),
    STORE_CREDIT_ISSUED("return.store_credit_issued"),
    DELAYED("return.delayed"),
    REFUND_DEADLINE_AT_RISK("return.refund_deadline_at_risk"),
    CANCELLED("return.cancelled"),
    EXPIRED("return.expired");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in subscriptions and payloads, e.g. {@code return.in_transit}. */
    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    /** The event a status change announces, if any. */
    public static Optional<EventType> forStatus(ReturnStatus status) {
        return Optional.ofNullable(switch (status) {
            case CONFIRMED -> CONFIRMED;
            case LABEL_CREATED, PICKUP_BOOKED -> LABEL_CREATED;
            case HANDED_IN -> IN_TRANSIT;
            case RECEIVED -> RECEIVED;
            case INSPECTED -> INSPECTED;
            case REFUND_STARTED -> REFUND_STARTED;
            case EXCHANGE_SHIPPED -> EXCHANGE_SHIPPED;
            case STORE_CREDIT_ISSUED -> STORE_CREDIT_ISSUED;
            case CANCELLED -> CANCELLED;
            case EXPIRED -> EXPIRED;
            case QUOTED, AT_HUB, IN_LINEHAUL, LOST -> null;
        });
    }
}
