package io.returnrouter.core.plan;

import io.returnrouter.core.model.Checks;

/**
 * The per-parcel cost components of a route option in euro cents, already weighted by the
 * scenario. Per-shipment charges (hub fixed cost, linehaul vehicles, customs per consolidated
 * shipment) are not here: they depend on the other parcels and are priced by the constraints.
 */
public record OptionCosts(long transportCents, long handlingCents, long customsPerParcelCents, long delayCents,
                          long co2Cents, long detourCents) {

    public static final OptionCosts ZERO = new OptionCosts(0, 0, 0, 0, 0, 0);

    public OptionCosts {
        Checks.requireNonNegative(transportCents, "transportCents");
        Checks.requireNonNegative(handlingCents, "handlingCents");
        Checks.requireNonNegative(customsPerParcelCents, "customsPerParcelCents");
        Checks.requireNonNegative(delayCents, "delayCents");
        Checks.requireNonNegative(co2Cents, "co2Cents");
        Checks.requireNonNegative(detourCents, "detourCents");
    }

    public static OptionCosts transportOnly(long transportCents) {
        return new OptionCosts(transportCents, 0, 0, 0, 0, 0);
    }

    public long totalCents() {
        return transportCents + handlingCents + customsPerParcelCents + delayCents + co2Cents + detourCents;
    }
}
