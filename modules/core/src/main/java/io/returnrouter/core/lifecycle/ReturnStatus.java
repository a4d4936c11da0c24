package io.returnrouter.core.lifecycle;

/**
 * Where a return is in its life after the quote. The allowed transitions are enforced by the
 * lifecycle's state machine; the three moments a customer cares about are
 * {@link #HANDED_IN} (on its way), {@link #RECEIVED} (at the warehouse) and the outcomes
 * {@link #REFUND_STARTED}, {@link #EXCHANGE_SHIPPED} and {@link #STORE_CREDIT_ISSUED}.
 */
public enum ReturnStatus {
    QUOTED,
    CONFIRMED,
    LABEL_CREATED,
    PICKUP_BOOKED,
    HANDED_IN,
    AT_HUB,
    IN_LINEHAUL,
    RECEIVED,
    INSPECTED,
    REFUND_STARTED,
    EXCHANGE_SHIPPED,
    STORE_CREDIT_ISSUED,
    CANCELLED,
    EXPIRED,
    LOST
}
