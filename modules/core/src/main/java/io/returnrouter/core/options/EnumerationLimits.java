package io.returnrouter.core.options;

import io.returnrouter.core.model.Checks;

/**
 * How far the enumerator looks. A customer uses one of the few nearest points, and a parcel is
 * never worth sending to a hub on the other side of the continent; pruning keeps a batch of
 * 100,000 parcels within memory.
 */
public record EnumerationLimits(int dropOffPointsPerService, long maxDropOffMeters, int hubsPerFirstMile,
                                long maxStoreMeters) {

    public static final EnumerationLimits DEFAULT = new EnumerationLimits(2, 25_000, 4, 30_000);

    public EnumerationLimits {
        Checks.requirePositive(dropOffPointsPerService, "dropOffPointsPerService");
        Checks.requirePositive(maxDropOffMeters, "maxDropOffMeters");
        Checks.requireNonNegative(hubsPerFirstMile, "hubsPerFirstMile");
        Checks.requireNonNegative(maxStoreMeters, "maxStoreMeters");
    }
}
