package io.returnrouter.carriers.support.rest;

import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import io.returnrouter.core.spi.carrier.TrackingUpdate;
import java.util.List;
import java.util.function.Supplier;

/** What every tracking poll shares. */
public final class Polls {

    private Polls() {
    }

    /**
     * A tracking number the carrier refuses to know (its 4xx: not yet scanned, or a typo the
     * caller will not fix by retrying) has had nothing happen to it: no events, not a failure.
     */
    public static List<TrackingUpdate> unknownIsEmpty(Supplier<List<TrackingUpdate>> poll) {
        try {
            return poll.get();
        } catch (CarrierRefusedException e) {
            return List.of();
        }
    }
}
