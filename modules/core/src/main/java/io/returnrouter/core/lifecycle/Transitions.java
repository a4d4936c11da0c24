package io.returnrouter.core.lifecycle;

import static io.returnrouter.core.lifecycle.ReturnStatus.AT_HUB;
import static io.returnrouter.core.lifecycle.ReturnStatus.CANCELLED;
import static io.returnrouter.core.lifecycle.ReturnStatus.CONFIRMED;
import static io.returnrouter.core.lifecycle.ReturnStatus.EXCHANGE_SHIPPED;
import static io.returnrouter.core.lifecycle.ReturnStatus.EXPIRED;
import static io.returnrouter.core.lifecycle.ReturnStatus.HANDED_IN;
import static io.returnrouter.core.lifecycle.ReturnStatus.INSPECTED;
import static io.returnrouter.core.lifecycle.ReturnStatus.IN_LINEHAUL;
import static io.returnrouter.core.lifecycle.ReturnStatus.LABEL_CREATED;
import static io.returnrouter.core.lifecycle.ReturnStatus.LOST;
import static io.returnrouter.core.lifecycle.ReturnStatus.PICKUP_BOOKED;
import static io.returnrouter.core.lifecycle.ReturnStatus.QUOTED;
import static io.returnrouter.core.lifecycle.ReturnStatus.RECEIVED;
import static io.returnrouter.core.lifecycle.ReturnStatus.REFUND_STARTED;
import static io.returnrouter.core.lifecycle.ReturnStatus.STORE_CREDIT_ISSUED;

import io.returnrouter.core.spi.carrier.TrackingMilestone;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The return's state machine: every allowed transition, in this one table (docs/lifecycle.md
 * shows it). Scans may be missed, so a parcel may skip AT_HUB or IN_LINEHAUL, and a warehouse may
 * report RECEIVED for a parcel the carrier never scanned; but nothing goes backwards, and the
 * final statuses lead nowhere.
 */
public final class Transitions {

    private static final Map<ReturnStatus, Set<ReturnStatus>> ALLOWED = new EnumMap<>(ReturnStatus.class);

    static {
        allow(QUOTED, CONFIRMED);
        allow(CONFIRMED, LABEL_CREATED, PICKUP_BOOKED, CANCELLED);
        allow(LABEL_CREATED, HANDED_IN, AT_HUB, IN_LINEHAUL, RECEIVED, CANCELLED, EXPIRED, LOST);
        allow(PICKUP_BOOKED, HANDED_IN, AT_HUB, IN_LINEHAUL, RECEIVED, CANCELLED, LOST);
        allow(HANDED_IN, AT_HUB, IN_LINEHAUL, RECEIVED, LOST);
        allow(AT_HUB, IN_LINEHAUL, RECEIVED, LOST);
        allow(IN_LINEHAUL, RECEIVED, LOST);
        // A parcel declared lost that turns up at the warehouse.
        allow(LOST, RECEIVED);
        allow(RECEIVED, INSPECTED);
        allow(INSPECTED, REFUND_STARTED, EXCHANGE_SHIPPED, STORE_CREDIT_ISSUED);
        allow(REFUND_STARTED);
        allow(EXCHANGE_SHIPPED);
        allow(STORE_CREDIT_ISSUED);
        allow(CANCELLED);
        allow(EXPIRED);
    }

    /** Statuses after which the return needs nothing more: personal data's retention counts from them. */
    private static final Set<ReturnStatus> FINAL = EnumSet.of(REFUND_STARTED, EXCHANGE_SHIPPED, STORE_CREDIT_ISSUED,
            CANCELLED, EXPIRED, LOST);

    /** What a shop or warehouse reports; the rest comes from ReturnRouter itself or the carriers. */
    private static final Set<ReturnStatus> REPORTED_BY_SHOP = EnumSet.of(RECEIVED, INSPECTED, REFUND_STARTED,
            EXCHANGE_SHIPPED, STORE_CREDIT_ISSUED);

    private Transitions() {
    }

    private static void allow(ReturnStatus from, ReturnStatus... to) {
        Set<ReturnStatus> targets = EnumSet.noneOf(ReturnStatus.class);
        targets.addAll(java.util.List.of(to));
        ALLOWED.put(from, targets);
    }

    public static boolean allows(ReturnStatus from, ReturnStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** The statuses the return may go to next. */
    public static Set<ReturnStatus> next(ReturnStatus from) {
        Set<ReturnStatus> next = ALLOWED.get(from);
        return next.isEmpty() ? Set.of() : EnumSet.copyOf(next);
    }

    /** @throws TransitionNotAllowedException when the table has no such step */
    public static void check(ReturnStatus from, ReturnStatus to) {
        if (!allows(from, to)) {
            throw new TransitionNotAllowedException(from, to);
        }
    }

    public static boolean isFinal(ReturnStatus status) {
        return FINAL.contains(status);
    }

    public static Set<ReturnStatus> reportedByShop() {
        return EnumSet.copyOf(REPORTED_BY_SHOP);
    }

    /** The status a carrier's milestone moves the return to; none for an announcement or an unknown code. */
    public static Optional<ReturnStatus> of(TrackingMilestone milestone) {
        return Optional.ofNullable(switch (milestone) {
            case HANDED_IN -> HANDED_IN;
            case AT_HUB -> AT_HUB;
            case IN_LINEHAUL -> IN_LINEHAUL;
            case DELIVERED -> RECEIVED;
            case LOST -> LOST;
            case ANNOUNCED, UNKNOWN -> null;
        });
    }
}
