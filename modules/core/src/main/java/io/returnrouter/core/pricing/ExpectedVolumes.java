package io.returnrouter.core.pricing;

import io.returnrouter.core.model.Hub;

/** Where a hub's expected volume for the period comes from (a plan, confirmed returns, a default). */
@FunctionalInterface
public interface ExpectedVolumes {

    /**
     * The documented default when nothing better is known: a hub is dimensioned for its expected
     * volume, so half of its capacity per period (parcels and volume) is what it is expected to
     * carry; confirmed returns count instead once they are more.
     */
    double DEFAULT_UTILISATION = 0.5;

    ExpectedVolumes DEFAULT = (hub, booked) -> new ExpectedVolume(
            Math.max(Math.max(1, booked.hubParcels(hub)), Math.round(hub.capacityParcels() * DEFAULT_UTILISATION)),
            Math.max(Math.max(1, booked.hubVolumeCm3(hub)),
                    Math.round(hub.capacityVolumeCm3() * DEFAULT_UTILISATION)));

    ExpectedVolume of(Hub hub, LoadView booked);
}
