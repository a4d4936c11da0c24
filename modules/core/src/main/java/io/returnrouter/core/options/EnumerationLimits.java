package io.returnrouter.core.options;

import io.returnrouter.core.model.Checks;

/**
 * How far the enumerator looks. A customer uses one of the few nearest points, and a parcel is
 * never worth sending to a hub on the other side of the continent; pruning keeps a batch of
 * 100,000 parcels within memory. A pickup is offered on the first few pickup days, so that a
 * region whose slots are full on the first day can still be served a day later (at the price of
 * the delay) instead of making the plan infeasible.
 */
public record EnumerationLimits(int dropOffPointsPerService, long maxDropOffMeters, int hubsPerFirstMile,
                                long maxStoreMeters, int pickupDaysPerService) {

    /** Pickup on the first pickup day only: the leanest problem (benchmarks). */
    public static final EnumerationLimits DEFAULT = new EnumerationLimits(2, 25_000, 4, 30_000, 1);

    /** What the service quotes and plans with: pickups on the first three pickup days. */
    public static final EnumerationLimits SERVICE = new EnumerationLimits(2, 25_000, 4, 30_000, 3);

    /** With a pickup on the first pickup day only. */
    public EnumerationLimits(int dropOffPointsPerService, long maxDropOffMeters, int hubsPerFirstMile,
                             long maxStoreMeters) {
        this(dropOffPointsPerService, maxDropOffMeters, hubsPerFirstMile, maxStoreMeters, 1);
    }

    public EnumerationLimits {
        Checks.requirePositive(pickupDaysPerService, "pickupDaysPerService");
        Checks.requirePositive(dropOffPointsPerService, "dropOffPointsPerService");
        Checks.requirePositive(maxDropOffMeters, "maxDropOffMeters");
        Checks.requireNonNegative(hubsPerFirstMile, "hubsPerFirstMile");
        Checks.requireNonNegative(maxStoreMeters, "maxStoreMeters");
    }
}
