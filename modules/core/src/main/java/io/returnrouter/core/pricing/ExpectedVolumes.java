package io.returnrouter.core.pricing;

import io.returnrouter.core.capacity.Bucket;
import io.returnrouter.core.capacity.CapacityClaims;
import io.returnrouter.core.model.Hub;

import java.time.LocalDate;

/** Where a hub's expected volume for the period comes from (a plan, confirmed returns, a default). */
@FunctionalInterface
public interface ExpectedVolumes {

    /**
     * The documented default when nothing better is known: a hub is dimensioned for its expected
     * volume, so half of its capacity per period (parcels and volume) is what it is expected to
     * carry; confirmed returns count instead once they are more.
     */
    double DEFAULT_UTILISATION = 0.5;

    ExpectedVolumes DEFAULT = (hub, day, booked) -> {
        Bucket period = CapacityClaims.hub(hub, day, booked.hubPeriod());
        return new ExpectedVolume(
                Math.max(Math.max(1, booked.parcels(period)), Math.round(hub.capacityParcels() * DEFAULT_UTILISATION)),
                Math.max(Math.max(1, booked.volumeCm3(period)),
                        Math.round(hub.capacityVolumeCm3() * DEFAULT_UTILISATION)));
    };

    /**
     * @param day    any day of the hub period in question (the ledger books hubs per period)
     * @param booked what is confirmed so far, per bucket
     */
    ExpectedVolume of(Hub hub, LocalDate day, LoadView booked);
}
